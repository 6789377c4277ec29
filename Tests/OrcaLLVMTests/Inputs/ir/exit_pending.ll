; ModuleID = 'Tests/OrcaLinkTests/Inputs/lifetime/exit_pending.c'
source_filename = "Tests/OrcaLinkTests/Inputs/lifetime/exit_pending.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [32 x i8] c"[destructor after %d handlers]\0A\00", align 1
@handlers_run = internal unnamed_addr global i32 0, align 4
@.str.1 = private unnamed_addr constant [10 x i8] c"line %d; \00", align 1
@.str.3 = private unnamed_addr constant [25 x i8] c"[first handler after %d]\00", align 1
@.str.4 = private unnamed_addr constant [26 x i8] c"[second handler after %d]\00", align 1
@.str.5 = private unnamed_addr constant [36 x i8] c"leaving with %d, still buffered... \00", align 1
@llvm.global_dtors = appending global [1 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 65535, void ()* @last_words, i8* null }]
@str = private unnamed_addr constant [14 x i8] c"never printed\00", align 1

; Function Attrs: nofree nounwind uwtable
define internal void @last_words() #0 {
  %1 = load i32, i32* @handlers_run, align 4, !tbaa !5
  %2 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([32 x i8], [32 x i8]* @.str, i64 0, i64 0), i32 noundef %1)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, i8** nocapture noundef readnone %1) local_unnamed_addr #2 {
  %3 = call i32 @atexit(void ()* noundef nonnull @first) #6
  %4 = call i32 @atexit(void ()* noundef nonnull @second) #6
  br label %7

5:                                                ; preds = %7
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %12, label %14

7:                                                ; preds = %2, %7
  %8 = phi i32 [ 0, %2 ], [ %10, %7 ]
  %9 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([10 x i8], [10 x i8]* @.str.1, i64 0, i64 0), i32 noundef %8)
  %10 = add nuw nsw i32 %8, 1
  %11 = icmp eq i32 %10, 3
  br i1 %11, label %5, label %7, !llvm.loop !9

12:                                               ; preds = %5
  %13 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([36 x i8], [36 x i8]* @.str.5, i64 0, i64 0), i32 noundef 5) #6
  call void @exit(i32 noundef 5) #7
  unreachable

14:                                               ; preds = %5
  %15 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([14 x i8], [14 x i8]* @str, i64 0, i64 0))
  ret i32 0
}

; Function Attrs: nounwind
declare i32 @atexit(void ()* noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define internal void @first() #0 {
  %1 = load i32, i32* @handlers_run, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @handlers_run, align 4, !tbaa !5
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([25 x i8], [25 x i8]* @.str.3, i64 0, i64 0), i32 noundef %1)
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @second() #0 {
  %1 = load i32, i32* @handlers_run, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @handlers_run, align 4, !tbaa !5
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([26 x i8], [26 x i8]* @.str.4, i64 0, i64 0), i32 noundef %1)
  ret void
}

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #5

attributes #0 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { noreturn nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind }
attributes #6 = { nounwind }
attributes #7 = { noreturn nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
