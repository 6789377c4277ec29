; ModuleID = 'Tests/OrcaLinkTests/Inputs/lifetime/atexit_order.c'
source_filename = "Tests/OrcaLinkTests/Inputs/lifetime/atexit_order.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str.2 = private unnamed_addr constant [47 x i8] c"handler registered by a constructor (call %d)\0A\00", align 1
@calls = internal unnamed_addr global i32 0, align 4
@.str.3 = private unnamed_addr constant [23 x i8] c"handler one (call %d)\0A\00", align 1
@.str.4 = private unnamed_addr constant [23 x i8] c"handler two (call %d)\0A\00", align 1
@.str.5 = private unnamed_addr constant [25 x i8] c"handler three (call %d)\0A\00", align 1
@llvm.global_ctors = appending global [1 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 65535, void ()* @setup, i8* null }]
@str = private unnamed_addr constant [32 x i8] c"constructor registers a handler\00", align 1
@str.6 = private unnamed_addr constant [37 x i8] c"main returns with 5 handlers pending\00", align 1

; Function Attrs: nounwind uwtable
define internal void @setup() #0 {
  %1 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([32 x i8], [32 x i8]* @str, i64 0, i64 0))
  %2 = call i32 @atexit(void ()* noundef nonnull @handler_from_constructor) #5
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nounwind
declare i32 @atexit(void ()* noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind uwtable
define internal void @handler_from_constructor() #3 {
  %1 = load i32, i32* @calls, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @calls, align 4, !tbaa !5
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([47 x i8], [47 x i8]* @.str.2, i64 0, i64 0), i32 noundef %2)
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = call i32 @atexit(void ()* noundef nonnull @handler_one) #5
  %2 = icmp eq i32 %1, 0
  br i1 %2, label %3, label %14

3:                                                ; preds = %0
  %4 = call i32 @atexit(void ()* noundef nonnull @handler_two) #5
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %14

6:                                                ; preds = %3
  %7 = call i32 @atexit(void ()* noundef nonnull @handler_three) #5
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %9, label %14

9:                                                ; preds = %6
  %10 = call i32 @atexit(void ()* noundef nonnull @handler_one) #5
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %14

12:                                               ; preds = %9
  %13 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([37 x i8], [37 x i8]* @str.6, i64 0, i64 0))
  br label %14

14:                                               ; preds = %9, %6, %3, %0, %12
  %15 = phi i32 [ 7, %12 ], [ 1, %0 ], [ 1, %3 ], [ 1, %6 ], [ 1, %9 ]
  ret i32 %15
}

; Function Attrs: nofree nounwind uwtable
define internal void @handler_one() #3 {
  %1 = load i32, i32* @calls, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @calls, align 4, !tbaa !5
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([23 x i8], [23 x i8]* @.str.3, i64 0, i64 0), i32 noundef %2)
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @handler_two() #3 {
  %1 = load i32, i32* @calls, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @calls, align 4, !tbaa !5
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([23 x i8], [23 x i8]* @.str.4, i64 0, i64 0), i32 noundef %2)
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @handler_three() #3 {
  %1 = load i32, i32* @calls, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @calls, align 4, !tbaa !5
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([25 x i8], [25 x i8]* @.str.5, i64 0, i64 0), i32 noundef %2)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #4

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind }
attributes #5 = { nounwind }

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
