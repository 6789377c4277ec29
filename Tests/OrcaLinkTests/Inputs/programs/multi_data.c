long history[8] = { -1, -1, -1, -1, -1, -1, -1, -1 };
const char *unit_names[] = { "ones", "tens", "hundreds" };
