; ModuleID = 'Tests/OrcaLinkTests/Inputs/lifetime/priorities_b.c'
source_filename = "Tests/OrcaLinkTests/Inputs/lifetime/priorities_b.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@llvm.global_ctors = appending global [2 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 150, void ()* @b_150, i8* null }, { i32, void ()*, i8* } { i32 65535, void ()* @b_default, i8* null }]
@llvm.global_dtors = appending global [2 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 150, void ()* @b_d150, i8* null }, { i32, void ()*, i8* } { i32 65535, void ()* @b_ddefault, i8* null }]
@str = private unnamed_addr constant [19 x i8] c"b constructor(150)\00", align 1
@str.4 = private unnamed_addr constant [14 x i8] c"b constructor\00", align 1
@str.5 = private unnamed_addr constant [18 x i8] c"b destructor(150)\00", align 1
@str.6 = private unnamed_addr constant [13 x i8] c"b destructor\00", align 1

; Function Attrs: nounwind uwtable
define internal void @b_150() #0 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([19 x i8], [19 x i8]* @str, i64 0, i64 0))
  call void @note_from_b(i32 noundef 10) #4
  ret void
}

declare void @note_from_b(i32 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define internal void @b_default() #0 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([14 x i8], [14 x i8]* @str.4, i64 0, i64 0))
  call void @note_from_b(i32 noundef 2) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @b_d150() #2 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([18 x i8], [18 x i8]* @str.5, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @b_ddefault() #2 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([13 x i8], [13 x i8]* @str.6, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #3

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
