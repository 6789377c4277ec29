; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/sorting.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/sorting.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.person = type { i8*, i32 }

@.str = private unnamed_addr constant [8 x i8] c"mallory\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"alice\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"eve\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"bob\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"trent\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"carol\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"dave\00", align 1
@people = dso_local global [7 x %struct.person] [%struct.person { i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str, i32 0, i32 0), i32 40 }, %struct.person { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.1, i32 0, i32 0), i32 30 }, %struct.person { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.2, i32 0, i32 0), i32 25 }, %struct.person { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.3, i32 0, i32 0), i32 30 }, %struct.person { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.4, i32 0, i32 0), i32 50 }, %struct.person { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.5, i32 0, i32 0), i32 25 }, %struct.person { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.6, i32 0, i32 0), i32 41 }], align 16
@comparators = dso_local local_unnamed_addr constant [2 x i32 (i8*, i8*)*] [i32 (i8*, i8*)* @by_name, i32 (i8*, i8*)* @by_age_then_name], align 16
@.str.7 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.9 = private unnamed_addr constant [24 x i8] c"bsearch %d -> index %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"%.2f \00", align 1
@seed = internal unnamed_addr global i32 12345, align 4

; Function Attrs: mustprogress nofree nounwind readonly uwtable willreturn
define dso_local i32 @by_name(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1) #0 {
  %3 = bitcast i8* %0 to i8**
  %4 = load i8*, i8** %3, align 8, !tbaa !5
  %5 = bitcast i8* %1 to i8**
  %6 = load i8*, i8** %5, align 8, !tbaa !5
  %7 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %4, i8* noundef nonnull dereferenceable(1) %6) #9
  ret i32 %7
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i32 @strcmp(i8* nocapture noundef, i8* nocapture noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind readonly uwtable willreturn
define internal i32 @by_age_then_name(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1) #0 {
  %3 = getelementptr inbounds i8, i8* %0, i64 8
  %4 = bitcast i8* %3 to i32*
  %5 = load i32, i32* %4, align 8, !tbaa !11
  %6 = getelementptr inbounds i8, i8* %1, i64 8
  %7 = bitcast i8* %6 to i32*
  %8 = load i32, i32* %7, align 8, !tbaa !11
  %9 = icmp eq i32 %5, %8
  br i1 %9, label %12, label %10

10:                                               ; preds = %2
  %11 = sub nsw i32 %5, %8
  br label %18

12:                                               ; preds = %2
  %13 = bitcast i8* %0 to i8**
  %14 = load i8*, i8** %13, align 8, !tbaa !5
  %15 = bitcast i8* %1 to i8**
  %16 = load i8*, i8** %15, align 8, !tbaa !5
  %17 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %14, i8* noundef nonnull dereferenceable(1) %16) #9
  br label %18

18:                                               ; preds = %12, %10
  %19 = phi i32 [ %11, %10 ], [ %17, %12 ]
  ret i32 %19
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = alloca [64 x i32], align 16
  %2 = alloca [7 x double], align 16
  %3 = bitcast [64 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %3) #10
  %4 = load i32, i32* @seed, align 4, !tbaa !12
  br label %6

5:                                                ; preds = %6
  store i32 %10, i32* @seed, align 4, !tbaa !12
  call void @qsort(i8* noundef nonnull %3, i64 noundef 64, i64 noundef 4, i32 (i8*, i8*)* noundef nonnull @by_int) #10
  br label %54

6:                                                ; preds = %0, %6
  %7 = phi i64 [ 0, %0 ], [ %14, %6 ]
  %8 = phi i32 [ %4, %0 ], [ %10, %6 ]
  %9 = mul i32 %8, 1103515245
  %10 = add i32 %9, 12345
  %11 = lshr i32 %10, 16
  %12 = urem i32 %11, 1000
  %13 = getelementptr inbounds [64 x i32], [64 x i32]* %1, i64 0, i64 %7
  store i32 %12, i32* %13, align 4, !tbaa !12
  %14 = add nuw nsw i64 %7, 1
  %15 = icmp eq i64 %14, 64
  br i1 %15, label %5, label %6, !llvm.loop !13

16:                                               ; preds = %54
  %17 = call i32 @putchar(i32 10)
  %18 = getelementptr inbounds [64 x i32], [64 x i32]* %1, i64 0, i64 37
  %19 = load i32, i32* %18, align 4, !tbaa !12
  br label %20

20:                                               ; preds = %37, %16
  %21 = phi i64 [ %39, %37 ], [ 0, %16 ]
  %22 = phi i64 [ %38, %37 ], [ 64, %16 ]
  %23 = add i64 %22, %21
  %24 = lshr i64 %23, 1
  %25 = getelementptr [64 x i32], [64 x i32]* %1, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4, !tbaa !12
  %27 = icmp sgt i32 %19, %26
  %28 = zext i1 %27 to i32
  %29 = icmp slt i32 %19, %26
  %30 = sext i1 %29 to i32
  %31 = add nsw i32 %30, %28
  %32 = icmp slt i32 %31, 0
  br i1 %32, label %37, label %33

33:                                               ; preds = %20
  %34 = icmp eq i32 %31, 0
  br i1 %34, label %41, label %35

35:                                               ; preds = %33
  %36 = add nuw i64 %24, 1
  br label %37

37:                                               ; preds = %35, %20
  %38 = phi i64 [ %22, %35 ], [ %24, %20 ]
  %39 = phi i64 [ %36, %35 ], [ %21, %20 ]
  %40 = icmp ult i64 %39, %38
  br i1 %40, label %20, label %44, !llvm.loop !16

41:                                               ; preds = %33
  %42 = getelementptr [64 x i32], [64 x i32]* %1, i64 0, i64 %24
  %43 = bitcast i32* %42 to i8*
  br label %44

44:                                               ; preds = %37, %41
  %45 = phi i8* [ %43, %41 ], [ null, %37 ]
  %46 = icmp eq i8* %45, null
  %47 = ptrtoint i8* %45 to i64
  %48 = ptrtoint [64 x i32]* %1 to i64
  %49 = sub i64 %47, %48
  %50 = lshr exact i64 %49, 2
  %51 = trunc i64 %50 to i32
  %52 = select i1 %46, i32 -1, i32 %51
  %53 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([24 x i8], [24 x i8]* @.str.9, i64 0, i64 0), i32 noundef %19, i32 noundef %52)
  br label %69

54:                                               ; preds = %5, %54
  %55 = phi i64 [ 0, %5 ], [ %59, %54 ]
  %56 = getelementptr inbounds [64 x i32], [64 x i32]* %1, i64 0, i64 %55
  %57 = load i32, i32* %56, align 16, !tbaa !12
  %58 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([4 x i8], [4 x i8]* @.str.7, i64 0, i64 0), i32 noundef %57)
  %59 = add nuw nsw i64 %55, 8
  %60 = icmp ult i64 %55, 56
  br i1 %60, label %54, label %16, !llvm.loop !17

61:                                               ; preds = %73
  %62 = bitcast [7 x double]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 56, i8* nonnull %62) #10
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(56) %62, i8 0, i64 56, i1 false)
  %63 = getelementptr inbounds [7 x double], [7 x double]* %2, i64 0, i64 0
  store double 3.500000e+00, double* %63, align 16
  %64 = getelementptr inbounds [7 x double], [7 x double]* %2, i64 0, i64 1
  store double -1.250000e+00, double* %64, align 8
  %65 = getelementptr inbounds [7 x double], [7 x double]* %2, i64 0, i64 2
  store double 9.000000e+00, double* %65, align 16
  %66 = getelementptr inbounds [7 x double], [7 x double]* %2, i64 0, i64 4
  store double 2.750000e+00, double* %66, align 16
  %67 = getelementptr inbounds [7 x double], [7 x double]* %2, i64 0, i64 5
  store double 9.500000e+00, double* %67, align 8
  %68 = getelementptr inbounds [7 x double], [7 x double]* %2, i64 0, i64 6
  store double -7.000000e+00, double* %68, align 16
  call void @qsort(i8* noundef nonnull %62, i64 noundef 7, i64 noundef 8, i32 (i8*, i8*)* noundef nonnull @descending) #10
  br label %92

69:                                               ; preds = %44, %73
  %70 = phi i64 [ 0, %44 ], [ %75, %73 ]
  %71 = getelementptr inbounds [2 x i32 (i8*, i8*)*], [2 x i32 (i8*, i8*)*]* @comparators, i64 0, i64 %70
  %72 = load i32 (i8*, i8*)*, i32 (i8*, i8*)** %71, align 8, !tbaa !18
  call void @qsort(i8* noundef bitcast ([7 x %struct.person]* @people to i8*), i64 noundef 7, i64 noundef 16, i32 (i8*, i8*)* noundef %72) #10
  br label %77

73:                                               ; preds = %77
  %74 = call i32 @putchar(i32 10)
  %75 = add nuw nsw i64 %70, 1
  %76 = icmp eq i64 %70, 0
  br i1 %76, label %69, label %61, !llvm.loop !19

77:                                               ; preds = %69, %77
  %78 = phi i64 [ 0, %69 ], [ %84, %77 ]
  %79 = getelementptr inbounds [7 x %struct.person], [7 x %struct.person]* @people, i64 0, i64 %78, i32 0
  %80 = load i8*, i8** %79, align 16, !tbaa !5
  %81 = getelementptr inbounds [7 x %struct.person], [7 x %struct.person]* @people, i64 0, i64 %78, i32 1
  %82 = load i32, i32* %81, align 8, !tbaa !11
  %83 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([7 x i8], [7 x i8]* @.str.10, i64 0, i64 0), i8* noundef %80, i32 noundef %82)
  %84 = add nuw nsw i64 %78, 1
  %85 = icmp eq i64 %84, 7
  br i1 %85, label %73, label %77, !llvm.loop !20

86:                                               ; preds = %92
  %87 = getelementptr inbounds [64 x i32], [64 x i32]* %1, i64 0, i64 0
  %88 = call i32 @putchar(i32 10)
  %89 = load i32, i32* %87, align 16, !tbaa !12
  %90 = srem i32 %89, 100
  %91 = add nsw i32 %90, 1
  call void @llvm.lifetime.end.p0i8(i64 56, i8* nonnull %62) #10
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %3) #10
  ret i32 %91

92:                                               ; preds = %61, %92
  %93 = phi i64 [ 0, %61 ], [ %97, %92 ]
  %94 = getelementptr inbounds [7 x double], [7 x double]* %2, i64 0, i64 %93
  %95 = load double, double* %94, align 8, !tbaa !21
  %96 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([6 x i8], [6 x i8]* @.str.11, i64 0, i64 0), double noundef %95)
  %97 = add nuw nsw i64 %93, 1
  %98 = icmp eq i64 %97, 7
  br i1 %98, label %86, label %92, !llvm.loop !23
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #3

; Function Attrs: nofree
declare void @qsort(i8* noundef, i64 noundef, i64 noundef, i32 (i8*, i8*)* nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define internal i32 @by_int(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1) #5 {
  %3 = bitcast i8* %0 to i32*
  %4 = load i32, i32* %3, align 4, !tbaa !12
  %5 = bitcast i8* %1 to i32*
  %6 = load i32, i32* %5, align 4, !tbaa !12
  %7 = icmp sgt i32 %4, %6
  %8 = zext i1 %7 to i32
  %9 = icmp slt i32 %4, %6
  %10 = sext i1 %9 to i32
  %11 = add nsw i32 %10, %8
  ret i32 %11
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #6

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define internal i32 @descending(i8* nocapture noundef readonly %0, i8* nocapture noundef readonly %1) #5 {
  %3 = bitcast i8* %0 to double*
  %4 = load double, double* %3, align 8, !tbaa !21
  %5 = bitcast i8* %1 to double*
  %6 = load double, double* %5, align 8, !tbaa !21
  %7 = fcmp olt double %4, %6
  %8 = zext i1 %7 to i32
  %9 = fcmp ogt double %4, %6
  %10 = sext i1 %9 to i32
  %11 = add nsw i32 %10, %8
  ret i32 %11
}

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #8

attributes #0 = { mustprogress nofree nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nounwind readonly willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #4 = { nofree "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #8 = { nofree nounwind }
attributes #9 = { nounwind readonly willreturn }
attributes #10 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !7, i64 0}
!6 = !{!"person", !7, i64 0, !10, i64 8}
!7 = !{!"any pointer", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"int", !8, i64 0}
!11 = !{!6, !10, i64 8}
!12 = !{!10, !10, i64 0}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = distinct !{!16, !14, !15}
!17 = distinct !{!17, !14, !15}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !14, !15}
!20 = distinct !{!20, !14, !15}
!21 = !{!22, !22, i64 0}
!22 = !{!"double", !8, i64 0}
!23 = distinct !{!23, !14, !15}
