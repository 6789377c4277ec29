; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/multi_util.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/multi_util.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counter = dso_local local_unnamed_addr global i32 0, align 4
@history = external local_unnamed_addr global [8 x i64], align 16
@calls = internal unnamed_addr global i32 0, align 4
@local_state = internal unnamed_addr global i32 7, align 4
@.str = private unnamed_addr constant [34 x i8] c"%s: util local_state=%d calls=%d\0A\00", align 1
@prefix = external local_unnamed_addr global i8*, align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @accumulate(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @counter, align 4, !tbaa !5
  %3 = add nsw i32 %2, %0
  store i32 %3, i32* @counter, align 4, !tbaa !5
  %4 = sext i32 %3 to i64
  %5 = shl nsw i32 %0, 1
  %6 = sext i32 %5 to i64
  %7 = mul nsw i64 %4, %6
  %8 = load i32, i32* @calls, align 4, !tbaa !5
  %9 = add nsw i32 %8, 1
  store i32 %9, i32* @calls, align 4, !tbaa !5
  %10 = srem i32 %8, 8
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [8 x i64], [8 x i64]* @history, i64 0, i64 %11
  store i64 %7, i64* %12, align 8, !tbaa !9
  %13 = load i32, i32* @local_state, align 4, !tbaa !5
  %14 = add nsw i32 %13, %0
  store i32 %14, i32* @local_state, align 4, !tbaa !5
  ret i32 %3
}

; Function Attrs: nounwind uwtable
define dso_local i32 @util_calls_back(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %9, label %3

3:                                                ; preds = %9, %1
  %4 = phi i32 [ 0, %1 ], [ %13, %9 ]
  %5 = load i8*, i8** @prefix, align 8, !tbaa !11
  %6 = load i32, i32* @local_state, align 4, !tbaa !5
  %7 = load i32, i32* @calls, align 4, !tbaa !5
  %8 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([34 x i8], [34 x i8]* @.str, i64 0, i64 0), i8* noundef %5, i32 noundef %6, i32 noundef %7)
  ret i32 %4

9:                                                ; preds = %1, %9
  %10 = phi i32 [ %14, %9 ], [ 0, %1 ]
  %11 = phi i32 [ %13, %9 ], [ 0, %1 ]
  %12 = call i32 @main_helper(i32 noundef %10) #4
  %13 = add nsw i32 %12, %11
  %14 = add nuw nsw i32 %10, 1
  %15 = icmp eq i32 %14, %0
  br i1 %15, label %3, label %9, !llvm.loop !13
}

declare i32 @main_helper(i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"long", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
