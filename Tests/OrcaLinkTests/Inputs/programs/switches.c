/* Switch statements dense enough for jump tables, a sparse one, and a switch returning strings. */
#include <stdio.h>

int classify(int x) {
    switch (x) {
    case 0: return 17; case 1: return 4; case 2: return 99; case 3: return -3; case 4: return 12;
    case 5: return 8; case 6: return 71; case 7: return 0; case 8: return 33; case 9: return 5;
    case 10: return 61; case 11: return 2; case 12: return 44; case 13: return 9; case 14: return 27;
    case 15: return 13; case 16: return 90; case 17: return 1; case 18: return 56; case 19: return 6;
    default: return -1;
    }
}

/* Each case does different work, so the compiler keeps a jump table of code addresses. */
long step(int op, long acc, long x) {
    switch (op) {
    case 0: acc += x; break;
    case 1: acc -= x; break;
    case 2: acc *= x; break;
    case 3: acc = x ? acc / x : acc; break;
    case 4: acc ^= x; break;
    case 5: acc |= x << 3; break;
    case 6: acc &= ~x; break;
    case 7: acc = acc * 31 + x; break;
    case 8: acc = -acc; break;
    case 9: acc = acc > x ? acc : x; break;
    case 10: acc = acc < x ? acc : x; break;
    case 11: acc = (acc << 1) | (x & 1); break;
    case 12: acc %= (x ? x : 1); break;
    case 13: printf("  [13] acc=%ld\n", acc); break;
    case 14: acc += 1000; break;
    case 15: acc -= 1000; break;
    default: acc = 0; break;
    }
    return acc;
}

const char *month(int m) {
    switch (m) {
    case 1: return "January"; case 2: return "February"; case 3: return "March"; case 4: return "April";
    case 5: return "May"; case 6: return "June"; case 7: return "July"; case 8: return "August";
    case 9: return "September"; case 10: return "October"; case 11: return "November"; case 12: return "December";
    default: return "?";
    }
}

int sparse(int x) {
    switch (x) {
    case 1: return 1; case 100: return 2; case 1000: return 3; case 10000: return 4; case 100000: return 5;
    case -7: return 6; default: return 0;
    }
}

int main(void) {
    int sum = 0;
    for (int i = -2; i < 22; i++) { printf("classify(%d)=%d\n", i, classify(i)); sum += classify(i); }
    long acc = 1;
    for (int i = 0; i < 40; i++) acc = step((i * 7) % 17, acc, i + 1);
    printf("acc=%ld\n", acc);
    for (int m = 0; m <= 13; m++) printf("%d:%s ", m, month(m));
    printf("\n");
    printf("sparse: %d %d %d %d %d %d %d\n", sparse(1), sparse(100), sparse(1000), sparse(10000), sparse(100000), sparse(-7), sparse(5));
    return sum & 0x3f;
}
