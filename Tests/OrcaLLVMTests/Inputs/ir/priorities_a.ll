; ModuleID = 'Tests/OrcaLinkTests/Inputs/lifetime/priorities_a.c'
source_filename = "Tests/OrcaLinkTests/Inputs/lifetime/priorities_a.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@b_said = internal unnamed_addr global i32 0, align 4
@.str.6 = private unnamed_addr constant [17 x i8] c"main: b said %d\0A\00", align 1
@llvm.global_ctors = appending global [3 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 101, void ()* @a_101, i8* null }, { i32, void ()*, i8* } { i32 200, void ()* @a_200, i8* null }, { i32, void ()*, i8* } { i32 65535, void ()* @a_default, i8* null }]
@llvm.global_dtors = appending global [3 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 101, void ()* @a_d101, i8* null }, { i32, void ()*, i8* } { i32 200, void ()* @a_d200, i8* null }, { i32, void ()*, i8* } { i32 65535, void ()* @a_ddefault, i8* null }]
@str = private unnamed_addr constant [19 x i8] c"a constructor(101)\00", align 1
@str.7 = private unnamed_addr constant [19 x i8] c"a constructor(200)\00", align 1
@str.8 = private unnamed_addr constant [14 x i8] c"a constructor\00", align 1
@str.9 = private unnamed_addr constant [18 x i8] c"a destructor(101)\00", align 1
@str.10 = private unnamed_addr constant [18 x i8] c"a destructor(200)\00", align 1
@str.11 = private unnamed_addr constant [13 x i8] c"a destructor\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @note_from_b(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @b_said, align 4, !tbaa !5
  %3 = add nsw i32 %2, %0
  store i32 %3, i32* @b_said, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @a_101() #1 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([19 x i8], [19 x i8]* @str, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nounwind uwtable
define internal void @a_200() #1 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([19 x i8], [19 x i8]* @str.7, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @a_default() #1 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([14 x i8], [14 x i8]* @str.8, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @a_d101() #1 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([18 x i8], [18 x i8]* @str.9, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @a_d200() #1 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([18 x i8], [18 x i8]* @str.10, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @a_ddefault() #1 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([13 x i8], [13 x i8]* @str.11, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = load i32, i32* @b_said, align 4, !tbaa !5
  %2 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([17 x i8], [17 x i8]* @.str.6, i64 0, i64 0), i32 noundef %1)
  %3 = load i32, i32* @b_said, align 4, !tbaa !5
  ret i32 %3
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
