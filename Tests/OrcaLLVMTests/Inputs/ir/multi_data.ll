; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/multi_data.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/multi_data.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@history = dso_local local_unnamed_addr global [8 x i64] [i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1, i64 -1], align 16
@.str = private unnamed_addr constant [5 x i8] c"ones\00", align 1
@.str.1 = private unnamed_addr constant [5 x i8] c"tens\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"hundreds\00", align 1
@unit_names = dso_local local_unnamed_addr global [3 x i8*] [i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.2, i32 0, i32 0)], align 16

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
