// CPostgresMagic.h — nothing to import: the target only defines PostgreSQL's magic block.
#ifndef ORCA_CPOSTGRESMAGIC_H
#define ORCA_CPOSTGRESMAGIC_H
#endif
