const int gamma_table[4] = { 3, 5, 7, 11 };
const char *gamma_name = "gamma";
