; ModuleID = 'Tests/OrcaLinkTests/Inputs/lifetime/tls_threads.c'
source_filename = "Tests/OrcaLinkTests/Inputs/lifetime/tls_threads.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%union.pthread_attr_t = type { i64, [48 x i8] }

@counter = dso_local thread_local local_unnamed_addr global i32 5, align 4
@name = dso_local thread_local global [16 x i8] c"main\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@.str = private unnamed_addr constant [17 x i8] c"final %s %d %ld\0A\00", align 1
@hits = internal thread_local unnamed_addr global i64 0, align 8
@.str.1 = private unnamed_addr constant [5 x i8] c"t%ld\00", align 1
@.str.2 = private unnamed_addr constant [24 x i8] c"%s counter=%d hits=%ld\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca [3 x i64], align 16
  %2 = bitcast [3 x i64]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %2) #7
  br label %16

3:                                                ; preds = %16
  %4 = load i64, i64* @hits, align 8, !tbaa !5
  %5 = load i32, i32* @counter, align 4, !tbaa !9
  %6 = add i32 %5, 10
  %7 = add i64 %4, 20
  store i32 %6, i32* @counter, align 4, !tbaa !9
  store i64 %7, i64* @hits, align 8, !tbaa !5
  %8 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([16 x i8], [16 x i8]* @name, i64 0, i64 0), i64 noundef 16, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.1, i64 0, i64 0), i64 noundef 10) #7
  %9 = load i32, i32* @counter, align 4, !tbaa !9
  %10 = load i64, i64* @hits, align 8, !tbaa !5
  %11 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([24 x i8], [24 x i8]* @.str.2, i64 0, i64 0), i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @name, i64 0, i64 0), i32 noundef %9, i64 noundef %10) #7
  %12 = load i32, i32* @counter, align 4, !tbaa !9
  %13 = load i64, i64* @hits, align 8, !tbaa !5
  %14 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([17 x i8], [17 x i8]* @.str, i64 0, i64 0), i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @name, i64 0, i64 0), i32 noundef %12, i64 noundef %13)
  %15 = load i32, i32* @counter, align 4, !tbaa !9
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %2) #7
  ret i32 %15

16:                                               ; preds = %0, %16
  %17 = phi i64 [ 0, %0 ], [ %19, %16 ]
  %18 = getelementptr inbounds [3 x i64], [3 x i64]* %1, i64 0, i64 %17
  %19 = add nuw nsw i64 %17, 1
  %20 = inttoptr i64 %19 to i8*
  %21 = call i32 @pthread_create(i64* noundef nonnull %18, %union.pthread_attr_t* noundef null, i8* (i8*)* noundef nonnull @work, i8* noundef nonnull %20) #7
  %22 = load i64, i64* %18, align 8, !tbaa !5
  %23 = call i32 @pthread_join(i64 noundef %22, i8** noundef null) #7
  %24 = icmp eq i64 %19, 3
  br i1 %24, label %3, label %16, !llvm.loop !11
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind
declare i32 @pthread_create(i64* noundef, %union.pthread_attr_t* noundef, i8* (i8*)* noundef, i8* noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind uwtable
define internal noalias i8* @work(i8* noundef %0) #3 {
  %2 = ptrtoint i8* %0 to i64
  %3 = icmp sgt i8* %0, null
  br i1 %3, label %4, label %12

4:                                                ; preds = %1
  %5 = load i64, i64* @hits, align 8, !tbaa !5
  %6 = load i32, i32* @counter, align 4, !tbaa !9
  %7 = call i64 @llvm.smax.i64(i64 %2, i64 1)
  %8 = shl nuw i64 %7, 1
  %9 = trunc i64 %7 to i32
  %10 = add i32 %6, %9
  %11 = add i64 %5, %8
  store i32 %10, i32* @counter, align 4, !tbaa !9
  store i64 %11, i64* @hits, align 8, !tbaa !5
  br label %12

12:                                               ; preds = %4, %1
  %13 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([16 x i8], [16 x i8]* @name, i64 0, i64 0), i64 noundef 16, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.1, i64 0, i64 0), i64 noundef %2) #7
  %14 = load i32, i32* @counter, align 4, !tbaa !9
  %15 = load i64, i64* @hits, align 8, !tbaa !5
  %16 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([24 x i8], [24 x i8]* @.str.2, i64 0, i64 0), i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @name, i64 0, i64 0), i32 noundef %14, i64 noundef %15)
  ret i8* null
}

declare i32 @pthread_join(i64 noundef, i8** noundef) local_unnamed_addr #4

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(i8* noalias nocapture noundef writeonly, i64 noundef, i8* nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.smax.i64(i64, i64) #6

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"long", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
