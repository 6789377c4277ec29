; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/jumps.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/jumps.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__jmp_buf_tag = type { [8 x i64], i32, %struct.__sigset_t }
%struct.__sigset_t = type { [16 x i64] }

@.str = private unnamed_addr constant [19 x i8] c"total=%d depth=%d\0A\00", align 1
@depth_reached = internal unnamed_addr global i32 0, align 4
@outer = internal global [1 x %struct.__jmp_buf_tag] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [25 x i8] c"outer code=%d rounds=%d\0A\00", align 1
@handler = internal unnamed_addr global [1 x %struct.__jmp_buf_tag]* null, align 8
@.str.2 = private unnamed_addr constant [31 x i8] c"caught %d after %d attempt(s)\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"inner %d: no jump\0A\00", align 1
@.str.4 = private unnamed_addr constant [26 x i8] c"inner %d: jumped locally\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  br label %8

2:                                                ; preds = %8
  %3 = load i32, i32* @depth_reached, align 4, !tbaa !5
  %4 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([19 x i8], [19 x i8]* @.str, i64 0, i64 0), i32 noundef %13, i32 noundef %3)
  %5 = bitcast i32* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %5)
  store volatile i32 0, i32* %1, align 4, !tbaa !5
  %6 = call i32 @_setjmp(%struct.__jmp_buf_tag* noundef getelementptr inbounds ([1 x %struct.__jmp_buf_tag], [1 x %struct.__jmp_buf_tag]* @outer, i64 0, i64 0)) #5
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %22

8:                                                ; preds = %0, %8
  %9 = phi i32 [ 0, %0 ], [ %13, %8 ]
  %10 = phi i32 [ 1, %0 ], [ %14, %8 ]
  %11 = mul nuw nsw i32 %10, 10
  %12 = call fastcc i32 @try_descend(i32 noundef %11)
  %13 = add nsw i32 %12, %9
  %14 = add nuw nsw i32 %10, 1
  %15 = icmp eq i32 %14, 6
  br i1 %15, label %2, label %8, !llvm.loop !9

16:                                               ; preds = %2, %16
  %17 = phi i32 [ %20, %16 ], [ 0, %2 ]
  %18 = load volatile i32, i32* %1, align 4, !tbaa !5
  %19 = add nsw i32 %18, 1
  store volatile i32 %19, i32* %1, align 4, !tbaa !5
  call fastcc void @inner_work(i32 noundef %17)
  %20 = add nuw nsw i32 %17, 1
  %21 = icmp eq i32 %20, 10
  br i1 %21, label %22, label %16, !llvm.loop !12

22:                                               ; preds = %16, %2
  %23 = load volatile i32, i32* %1, align 4, !tbaa !5
  %24 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([25 x i8], [25 x i8]* @.str.1, i64 0, i64 0), i32 noundef %6, i32 noundef %23)
  %25 = bitcast i32* %1 to i8*
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %25)
  ret i32 %6
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind uwtable
define internal fastcc i32 @try_descend(i32 noundef %0) unnamed_addr #0 {
  %2 = alloca [1 x %struct.__jmp_buf_tag], align 16
  %3 = alloca i32, align 4
  %4 = bitcast [1 x %struct.__jmp_buf_tag]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 200, i8* nonnull %4) #6
  %5 = load [1 x %struct.__jmp_buf_tag]*, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  %6 = bitcast i32* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 4, i8* nonnull %6)
  store volatile i32 0, i32* %3, align 4, !tbaa !5
  store [1 x %struct.__jmp_buf_tag]* %2, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  %7 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], [1 x %struct.__jmp_buf_tag]* %2, i64 0, i64 0
  %8 = call i32 @_setjmp(%struct.__jmp_buf_tag* noundef nonnull %7) #5
  %9 = load volatile i32, i32* %3, align 4, !tbaa !5
  %10 = add nsw i32 %9, 1
  store volatile i32 %10, i32* %3, align 4, !tbaa !5
  %11 = icmp eq i32 %8, 0
  br i1 %11, label %12, label %13

12:                                               ; preds = %1
  call fastcc void @fail_at(i32 noundef 0, i32 noundef %0)
  store [1 x %struct.__jmp_buf_tag]* %5, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  br label %16

13:                                               ; preds = %1
  store [1 x %struct.__jmp_buf_tag]* %5, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  %14 = load volatile i32, i32* %3, align 4, !tbaa !5
  %15 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([31 x i8], [31 x i8]* @.str.2, i64 0, i64 0), i32 noundef %8, i32 noundef %14)
  br label %16

16:                                               ; preds = %13, %12
  %17 = phi i32 [ -1, %12 ], [ %8, %13 ]
  %18 = bitcast i32* %3 to i8*
  call void @llvm.lifetime.end.p0i8(i64 4, i8* nonnull %18)
  call void @llvm.lifetime.end.p0i8(i64 200, i8* nonnull %4) #6
  ret i32 %17
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nounwind returns_twice
declare i32 @_setjmp(%struct.__jmp_buf_tag* noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define internal fastcc void @inner_work(i32 noundef %0) unnamed_addr #0 {
  %2 = alloca [1 x %struct.__jmp_buf_tag], align 16
  %3 = bitcast [1 x %struct.__jmp_buf_tag]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 200, i8* nonnull %3) #6
  %4 = load [1 x %struct.__jmp_buf_tag]*, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  store [1 x %struct.__jmp_buf_tag]* %2, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  %5 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], [1 x %struct.__jmp_buf_tag]* %2, i64 0, i64 0
  %6 = call i32 @_setjmp(%struct.__jmp_buf_tag* noundef nonnull %5) #5
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %12

8:                                                ; preds = %1
  %9 = and i32 %0, 1
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %12, label %11

11:                                               ; preds = %8
  call void @longjmp(%struct.__jmp_buf_tag* noundef nonnull %5, i32 noundef 1) #7
  unreachable

12:                                               ; preds = %1, %8
  %13 = phi i8* [ getelementptr inbounds ([19 x i8], [19 x i8]* @.str.3, i64 0, i64 0), %8 ], [ getelementptr inbounds ([26 x i8], [26 x i8]* @.str.4, i64 0, i64 0), %1 ]
  %14 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) %13, i32 noundef %0)
  store [1 x %struct.__jmp_buf_tag]* %4, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  %15 = icmp eq i32 %0, 3
  br i1 %15, label %16, label %17

16:                                               ; preds = %12
  call void @longjmp(%struct.__jmp_buf_tag* noundef getelementptr inbounds ([1 x %struct.__jmp_buf_tag], [1 x %struct.__jmp_buf_tag]* @outer, i64 0, i64 0), i32 noundef 33) #7
  unreachable

17:                                               ; preds = %12
  call void @llvm.lifetime.end.p0i8(i64 200, i8* nonnull %3) #6
  ret void
}

; Function Attrs: nounwind uwtable
define internal fastcc void @fail_at(i32 noundef %0, i32 noundef %1) unnamed_addr #0 {
  store i32 %0, i32* @depth_reached, align 4, !tbaa !5
  %3 = icmp eq i32 %0, %1
  br i1 %3, label %4, label %7

4:                                                ; preds = %2
  %5 = load [1 x %struct.__jmp_buf_tag]*, [1 x %struct.__jmp_buf_tag]** @handler, align 8, !tbaa !13
  %6 = getelementptr inbounds [1 x %struct.__jmp_buf_tag], [1 x %struct.__jmp_buf_tag]* %5, i64 0, i64 0
  call void @longjmp(%struct.__jmp_buf_tag* noundef %6, i32 noundef %0) #7
  unreachable

7:                                                ; preds = %2
  %8 = icmp sgt i32 %0, 1000
  br i1 %8, label %11, label %9

9:                                                ; preds = %7
  %10 = add nsw i32 %0, 1
  call fastcc void @fail_at(i32 noundef %10, i32 noundef %1)
  br label %11

11:                                               ; preds = %7, %9
  ret void
}

; Function Attrs: noreturn nounwind
declare void @longjmp(%struct.__jmp_buf_tag* noundef, i32 noundef) local_unnamed_addr #4

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind returns_twice "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { noreturn nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind returns_twice }
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
!12 = distinct !{!12, !10, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
