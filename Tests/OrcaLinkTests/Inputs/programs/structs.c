/* Large structs passed and returned by value (memory class), small ones in registers (integer
   and SSE classes), nested structs and arrays in structs. */
#include <stdio.h>
#include <string.h>

struct big { long values[16]; char label[24]; double weight; };
struct pair { long a, b; };                  /* returned in RAX:RDX */
struct vec3 { double x, y, z; };             /* memory class (24 bytes) */
struct vec2 { double x, y; };                /* returned in XMM0:XMM1 */
struct mixed { int i; float f; double d; };  /* INTEGER + SSE */

struct big make_big(int seed, const char *label) {
    struct big b;
    memset(&b, 0, sizeof b);
    for (int i = 0; i < 16; i++) b.values[i] = (long)seed * (i + 1) - i * i;
    strncpy(b.label, label, sizeof b.label - 1);
    b.weight = seed / 4.0;
    return b;
}

struct big combine(struct big left, struct big right, int twist) {
    struct big out = left;
    for (int i = 0; i < 16; i++) out.values[i] = left.values[i] * 2 + right.values[(i + twist) % 16];
    snprintf(out.label, sizeof out.label, "%.8s+%.8s", left.label, right.label);
    out.weight = left.weight + right.weight * twist;
    left.values[0] = -999;  /* the caller's copy is unaffected */
    return out;
}

long checksum(struct big b) {
    long sum = 0;
    for (int i = 0; i < 16; i++) sum = sum * 3 + b.values[i];
    return sum;
}

struct pair divmod(long x, long y) { struct pair p = { x / y, x % y }; return p; }
struct vec3 cross(struct vec3 a, struct vec3 b) {
    struct vec3 r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
    return r;
}
struct vec2 rotate90(struct vec2 v) { struct vec2 r = { -v.y, v.x }; return r; }
struct mixed bump(struct mixed m, int by) { m.i += by; m.f *= by; m.d -= by; return m; }

struct big global_big;

int main(void) {
    struct big a = make_big(3, "alpha"), b = make_big(7, "beta");
    struct big c = combine(a, b, 5);
    printf("a.values[0]=%ld label=%s weight=%.2f\n", a.values[0], a.label, a.weight);
    printf("c: label=%s weight=%.2f checksum=%ld\n", c.label, c.weight, checksum(c));
    global_big = combine(c, a, 11);
    printf("global: label=%s checksum=%ld\n", global_big.label, checksum(global_big));
    struct pair p = divmod(1000003, 97);
    struct vec3 x = cross((struct vec3){ 1, 2, 3 }, (struct vec3){ 4, 5, 6 });
    struct vec2 r = rotate90((struct vec2){ 2.5, -1.5 });
    struct mixed m = bump((struct mixed){ 10, 1.5f, 100.25 }, 3);
    printf("divmod=%ld,%ld cross=(%.1f,%.1f,%.1f) rot=(%.2f,%.2f) mixed=%d,%.2f,%.2f\n",
           p.a, p.b, x.x, x.y, x.z, r.x, r.y, m.i, m.f, m.d);
    return (int)(p.b % 100);
}
