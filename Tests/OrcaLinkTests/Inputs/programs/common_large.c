int table[1024];
void fill_table(void) { for (int i = 0; i < 1024; i++) table[i] = i; }
