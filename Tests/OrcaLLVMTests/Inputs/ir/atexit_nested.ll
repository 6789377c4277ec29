; ModuleID = 'Tests/OrcaLinkTests/Inputs/lifetime/atexit_nested.c'
source_filename = "Tests/OrcaLinkTests/Inputs/lifetime/atexit_nested.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@str = private unnamed_addr constant [13 x i8] c"main returns\00", align 1
@str.5 = private unnamed_addr constant [31 x i8] c"outer handler registered first\00", align 1
@str.6 = private unnamed_addr constant [31 x i8] c"handler that registers another\00", align 1
@str.7 = private unnamed_addr constant [30 x i8] c"outer handler registered last\00", align 1
@str.8 = private unnamed_addr constant [31 x i8] c"handler registered during exit\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = call i32 @atexit(void ()* noundef nonnull @outer_first) #4
  %2 = call i32 @atexit(void ()* noundef nonnull @registers_late) #4
  %3 = call i32 @atexit(void ()* noundef nonnull @outer_last) #4
  %4 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([13 x i8], [13 x i8]* @str, i64 0, i64 0))
  ret i32 3
}

; Function Attrs: nounwind
declare i32 @atexit(void ()* noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind uwtable
define internal void @outer_first() #2 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([31 x i8], [31 x i8]* @str.5, i64 0, i64 0))
  ret void
}

; Function Attrs: nounwind uwtable
define internal void @registers_late() #0 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([31 x i8], [31 x i8]* @str.6, i64 0, i64 0))
  %2 = call i32 @atexit(void ()* noundef nonnull @late) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @outer_last() #2 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([30 x i8], [30 x i8]* @str.7, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @late() #2 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([31 x i8], [31 x i8]* @str.8, i64 0, i64 0))
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #3

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
