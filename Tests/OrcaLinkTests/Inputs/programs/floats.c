/* Floating-point constants and math from libm (link with -lm). Inputs come from data so the
   compiler cannot fold the library calls away. */
#include <math.h>
#include <stdio.h>

const double inputs[] = { 0.0, 0.5, 1.0, 2.0, 3.14159265358979, 10.0, 123.456 };
float scale = 2.5f;
double accumulated = 0.0;

static double poly(double x) { return 1.5 * x * x * x - 2.25 * x * x + 0.125 * x - 7.0; }

int main(void) {
    int n = sizeof inputs / sizeof inputs[0];
    for (int i = 0; i < n; i++) {
        double x = inputs[i];
        printf("x=%.6f sqrt=%.6f sin=%.6f cos=%.6f exp=%.6f log1p=%.6f poly=%.6f\n",
               x, sqrt(x), sin(x), cos(x), exp(x / 10.0), log1p(x), poly(x));
        accumulated += x * scale;
    }
    printf("pow(2,0.5)=%.6f atan2=%.6f fmod=%.6f hypot=%.6f floor=%.6f ceil=%.6f\n",
           pow(inputs[3], inputs[1]), atan2(inputs[2], inputs[3]), fmod(inputs[6], inputs[4]),
           hypot(inputs[3], inputs[5]), floor(inputs[6]), ceil(inputs[6]));
    float f = 0.1f;
    for (int i = 0; i < 10; i++) f = f * 1.1f + 0.01f;
    printf("float=%.6f accumulated=%.6f M_PI=%.6f 1e-300*1e-300=%g\n", f, accumulated, M_PI, inputs[1] * 1e-300 * 1e-300);
    printf("long double: %.6Lf\n", (long double)inputs[4] * 3.0L);
    return (int)accumulated % 47;  /* 350 % 47 == 21 */
}
