/* Large data: a 48 MiB zero-initialized array (.bss), a 1 MiB initialized array (.data) and a
   large read-only table, touched across their whole length. */
#include <stdio.h>

#define BIG (48u << 20)
static unsigned char zeroed[BIG];
unsigned int initialized[1 << 18] = { 1, 2, 3, [(1 << 18) - 1] = 99 };
static const unsigned int squares[4096] = {
#define S4(i) (i) * (i), (i + 1) * (i + 1), (i + 2) * (i + 2), (i + 3) * (i + 3)
#define S16(i) S4(i), S4(i + 4), S4(i + 8), S4(i + 12)
#define S64(i) S16(i), S16(i + 16), S16(i + 32), S16(i + 48)
#define S256(i) S64(i), S64(i + 64), S64(i + 128), S64(i + 192)
    S256(0), S256(256), S256(512), S256(768), S256(1024), S256(1280), S256(1536), S256(1792),
    S256(2048), S256(2304), S256(2560), S256(2816), S256(3072), S256(3328), S256(3584), S256(3840),
};

int main(void) {
    unsigned long sum = 0;
    for (unsigned i = 0; i < BIG; i += 4096) sum += zeroed[i];
    for (unsigned i = 0; i < BIG; i += 4093) zeroed[i] = (unsigned char)i;
    for (unsigned i = 0; i < BIG; i += 4093) sum += zeroed[i];
    for (unsigned i = 0; i < (1u << 18); i++) sum += initialized[i];
    for (unsigned i = 0; i < 4096; i++) sum += squares[i];
    printf("sum=%lu last=%u square(4095)=%u\n", sum, initialized[(1 << 18) - 1], squares[4095]);
    return (int)(sum % 100);
}
