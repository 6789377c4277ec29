; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/multi_main.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/multi_main.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [5 x i8] c"main\00", align 1
@prefix = dso_local local_unnamed_addr global i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str, i64 0, i64 0), align 8
@local_state = internal unnamed_addr global i32 1000, align 4
@.str.1 = private unnamed_addr constant [27 x i8] c"counter=%d local_state=%d\0A\00", align 1
@counter = external local_unnamed_addr global i32, align 4
@.str.2 = private unnamed_addr constant [20 x i8] c"callback chain: %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [16 x i8] c"local_state=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"%ld \00", align 1
@history = external local_unnamed_addr global [8 x i64], align 16
@.str.5 = private unnamed_addr constant [11 x i8] c"\0A%s %s %s\0A\00", align 1
@unit_names = external local_unnamed_addr global [0 x i8*], align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @main_helper(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @local_state, align 4, !tbaa !5
  %3 = add nsw i32 %2, %0
  store i32 %3, i32* @local_state, align 4, !tbaa !5
  %4 = mul nsw i32 %0, 10
  %5 = or i32 %4, 1
  ret i32 %5
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %9

1:                                                ; preds = %9
  %2 = load i32, i32* @counter, align 4, !tbaa !5
  %3 = load i32, i32* @local_state, align 4, !tbaa !5
  %4 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([27 x i8], [27 x i8]* @.str.1, i64 0, i64 0), i32 noundef %2, i32 noundef %3)
  %5 = call i32 @util_calls_back(i32 noundef 4) #4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([20 x i8], [20 x i8]* @.str.2, i64 0, i64 0), i32 noundef %5)
  %7 = load i32, i32* @local_state, align 4, !tbaa !5
  %8 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([16 x i8], [16 x i8]* @.str.3, i64 0, i64 0), i32 noundef %7)
  br label %22

9:                                                ; preds = %0, %9
  %10 = phi i32 [ 1, %0 ], [ %13, %9 ]
  %11 = mul nsw i32 %10, %10
  %12 = call i32 @accumulate(i32 noundef %11) #4
  %13 = add nuw nsw i32 %10, 1
  %14 = icmp eq i32 %13, 6
  br i1 %14, label %1, label %9, !llvm.loop !9

15:                                               ; preds = %22
  %16 = load i8*, i8** getelementptr inbounds ([0 x i8*], [0 x i8*]* @unit_names, i64 0, i64 0), align 8, !tbaa !12
  %17 = load i8*, i8** getelementptr inbounds ([0 x i8*], [0 x i8*]* @unit_names, i64 0, i64 1), align 8, !tbaa !12
  %18 = load i8*, i8** getelementptr inbounds ([0 x i8*], [0 x i8*]* @unit_names, i64 0, i64 2), align 8, !tbaa !12
  %19 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([11 x i8], [11 x i8]* @.str.5, i64 0, i64 0), i8* noundef %16, i8* noundef %17, i8* noundef %18)
  %20 = load i32, i32* @counter, align 4, !tbaa !5
  %21 = srem i32 %20, 64
  ret i32 %21

22:                                               ; preds = %1, %22
  %23 = phi i64 [ 0, %1 ], [ %27, %22 ]
  %24 = getelementptr inbounds [8 x i64], [8 x i64]* @history, i64 0, i64 %23
  %25 = load i64, i64* %24, align 8, !tbaa !14
  %26 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.4, i64 0, i64 0), i64 noundef %25)
  %27 = add nuw nsw i64 %23, 1
  %28 = icmp eq i64 %27, 8
  br i1 %28, label %15, label %22, !llvm.loop !16
}

declare i32 @accumulate(i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #3

declare i32 @util_calls_back(i32 noundef) local_unnamed_addr #2

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!15, !15, i64 0}
!15 = !{!"long", !7, i64 0}
!16 = distinct !{!16, !10, !11}
