; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/structs.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.big = type { [16 x i64], [24 x i8], double }
%struct.vec3 = type { double, double, double }

@.str = private unnamed_addr constant [10 x i8] c"%.8s+%.8s\00", align 1
@.str.3 = private unnamed_addr constant [38 x i8] c"a.values[0]=%ld label=%s weight=%.2f\0A\00", align 1
@.str.4 = private unnamed_addr constant [38 x i8] c"c: label=%s weight=%.2f checksum=%ld\0A\00", align 1
@global_big = dso_local global %struct.big zeroinitializer, align 8
@.str.5 = private unnamed_addr constant [31 x i8] c"global: label=%s checksum=%ld\0A\00", align 1
@.str.6 = private unnamed_addr constant [74 x i8] c"divmod=%ld,%ld cross=(%.1f,%.1f,%.1f) rot=(%.2f,%.2f) mixed=%d,%.2f,%.2f\0A\00", align 1
@str = private unnamed_addr constant [24 x i8] c"alpha\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 1
@str.7 = private unnamed_addr constant [24 x i8] c"beta\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local void @make_big(%struct.big* noalias sret(%struct.big) align 8 %0, i32 noundef %1, i8* nocapture noundef readonly %2) local_unnamed_addr #0 {
  %4 = bitcast %struct.big* %0 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %4, i8 0, i64 160, i1 false)
  %5 = sext i32 %1 to i64
  br label %12

6:                                                ; preds = %12
  %7 = getelementptr inbounds %struct.big, %struct.big* %0, i64 0, i32 1, i64 0
  %8 = call i8* @strncpy(i8* noundef nonnull %7, i8* noundef nonnull dereferenceable(1) %2, i64 noundef 23) #11
  %9 = sitofp i32 %1 to double
  %10 = fmul double %9, 2.500000e-01
  %11 = getelementptr inbounds %struct.big, %struct.big* %0, i64 0, i32 2
  store double %10, double* %11, align 8, !tbaa !5
  ret void

12:                                               ; preds = %3, %12
  %13 = phi i64 [ 0, %3 ], [ %14, %12 ]
  %14 = add nuw nsw i64 %13, 1
  %15 = mul nsw i64 %14, %5
  %16 = mul i64 %13, %13
  %17 = and i64 %16, 4294967295
  %18 = sub nsw i64 %15, %17
  %19 = getelementptr inbounds %struct.big, %struct.big* %0, i64 0, i32 0, i64 %13
  store i64 %18, i64* %19, align 8, !tbaa !10
  %20 = icmp eq i64 %14, 16
  br i1 %20, label %6, label %12, !llvm.loop !12
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #2

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare i8* @strncpy(i8* noalias noundef returned writeonly, i8* noalias nocapture noundef readonly, i64 noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define dso_local void @combine(%struct.big* noalias nocapture writeonly sret(%struct.big) align 8 %0, %struct.big* noundef byval(%struct.big) align 8 %1, %struct.big* noundef byval(%struct.big) align 8 %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = bitcast %struct.big* %0 to i8*
  %6 = bitcast %struct.big* %1 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %5, i8* noundef nonnull align 8 dereferenceable(160) %6, i64 160, i1 false), !tbaa.struct !15
  br label %20

7:                                                ; preds = %20
  %8 = getelementptr inbounds %struct.big, %struct.big* %0, i64 0, i32 1, i64 0
  %9 = getelementptr inbounds %struct.big, %struct.big* %1, i64 0, i32 1, i64 0
  %10 = getelementptr inbounds %struct.big, %struct.big* %2, i64 0, i32 1, i64 0
  %11 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %8, i64 noundef 24, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i8* noundef nonnull %9, i8* noundef nonnull %10) #11
  %12 = getelementptr inbounds %struct.big, %struct.big* %1, i64 0, i32 2
  %13 = load double, double* %12, align 8, !tbaa !5
  %14 = getelementptr inbounds %struct.big, %struct.big* %2, i64 0, i32 2
  %15 = load double, double* %14, align 8, !tbaa !5
  %16 = sitofp i32 %3 to double
  %17 = call double @llvm.fmuladd.f64(double %15, double %16, double %13)
  %18 = getelementptr inbounds %struct.big, %struct.big* %0, i64 0, i32 2
  store double %17, double* %18, align 8, !tbaa !5
  %19 = getelementptr inbounds %struct.big, %struct.big* %1, i64 0, i32 0, i64 0
  store i64 -999, i64* %19, align 8, !tbaa !10
  ret void

20:                                               ; preds = %4, %20
  %21 = phi i64 [ 0, %4 ], [ %33, %20 ]
  %22 = getelementptr inbounds %struct.big, %struct.big* %1, i64 0, i32 0, i64 %21
  %23 = load i64, i64* %22, align 8, !tbaa !10
  %24 = shl nsw i64 %23, 1
  %25 = trunc i64 %21 to i32
  %26 = add i32 %25, %3
  %27 = srem i32 %26, 16
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds %struct.big, %struct.big* %2, i64 0, i32 0, i64 %28
  %30 = load i64, i64* %29, align 8, !tbaa !10
  %31 = add nsw i64 %24, %30
  %32 = getelementptr inbounds %struct.big, %struct.big* %0, i64 0, i32 0, i64 %21
  store i64 %31, i64* %32, align 8, !tbaa !10
  %33 = add nuw nsw i64 %21, 1
  %34 = icmp eq i64 %33, 16
  br i1 %34, label %7, label %20, !llvm.loop !18
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(i8* noalias nocapture noundef writeonly, i64 noundef, i8* nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fmuladd.f64(double, double, double) #6

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i64 @checksum(%struct.big* nocapture noundef readonly byval(%struct.big) align 8 %0) local_unnamed_addr #7 {
  br label %3

2:                                                ; preds = %3
  ret i64 %9

3:                                                ; preds = %1, %3
  %4 = phi i64 [ 0, %1 ], [ %10, %3 ]
  %5 = phi i64 [ 0, %1 ], [ %9, %3 ]
  %6 = mul nsw i64 %5, 3
  %7 = getelementptr inbounds %struct.big, %struct.big* %0, i64 0, i32 0, i64 %4
  %8 = load i64, i64* %7, align 8, !tbaa !10
  %9 = add nsw i64 %8, %6
  %10 = add nuw nsw i64 %4, 1
  %11 = icmp eq i64 %10, 16
  br i1 %11, label %2, label %3, !llvm.loop !19
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local { i64, i64 } @divmod(i64 noundef %0, i64 noundef %1) local_unnamed_addr #8 {
  %3 = sdiv i64 %0, %1
  %4 = srem i64 %0, %1
  %5 = insertvalue { i64, i64 } poison, i64 %3, 0
  %6 = insertvalue { i64, i64 } %5, i64 %4, 1
  ret { i64, i64 } %6
}

; Function Attrs: mustprogress nofree nosync nounwind uwtable willreturn
define dso_local void @cross(%struct.vec3* noalias nocapture writeonly sret(%struct.vec3) align 8 %0, %struct.vec3* nocapture noundef readonly byval(%struct.vec3) align 8 %1, %struct.vec3* nocapture noundef readonly byval(%struct.vec3) align 8 %2) local_unnamed_addr #9 {
  %4 = getelementptr inbounds %struct.vec3, %struct.vec3* %0, i64 0, i32 0
  %5 = getelementptr inbounds %struct.vec3, %struct.vec3* %1, i64 0, i32 1
  %6 = load double, double* %5, align 8, !tbaa !20
  %7 = getelementptr inbounds %struct.vec3, %struct.vec3* %2, i64 0, i32 2
  %8 = load double, double* %7, align 8, !tbaa !22
  %9 = getelementptr inbounds %struct.vec3, %struct.vec3* %1, i64 0, i32 2
  %10 = load double, double* %9, align 8, !tbaa !22
  %11 = getelementptr inbounds %struct.vec3, %struct.vec3* %2, i64 0, i32 1
  %12 = load double, double* %11, align 8, !tbaa !20
  %13 = fneg double %10
  %14 = fmul double %12, %13
  %15 = call double @llvm.fmuladd.f64(double %6, double %8, double %14)
  store double %15, double* %4, align 8, !tbaa !23
  %16 = getelementptr inbounds %struct.vec3, %struct.vec3* %0, i64 0, i32 1
  %17 = getelementptr inbounds %struct.vec3, %struct.vec3* %2, i64 0, i32 0
  %18 = load double, double* %17, align 8, !tbaa !23
  %19 = getelementptr inbounds %struct.vec3, %struct.vec3* %1, i64 0, i32 0
  %20 = load double, double* %19, align 8, !tbaa !23
  %21 = fneg double %20
  %22 = fmul double %8, %21
  %23 = call double @llvm.fmuladd.f64(double %10, double %18, double %22)
  store double %23, double* %16, align 8, !tbaa !20
  %24 = getelementptr inbounds %struct.vec3, %struct.vec3* %0, i64 0, i32 2
  %25 = fneg double %6
  %26 = fmul double %18, %25
  %27 = call double @llvm.fmuladd.f64(double %20, double %12, double %26)
  store double %27, double* %24, align 8, !tbaa !22
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local { double, double } @rotate90(double %0, double %1) local_unnamed_addr #8 {
  %3 = fneg double %1
  %4 = insertvalue { double, double } poison, double %3, 0
  %5 = insertvalue { double, double } %4, double %0, 1
  ret { double, double } %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local { i64, double } @bump(i64 %0, double %1, i32 noundef %2) local_unnamed_addr #8 {
  %4 = trunc i64 %0 to i32
  %5 = lshr i64 %0, 32
  %6 = trunc i64 %5 to i32
  %7 = add nsw i32 %4, %2
  %8 = sitofp i32 %2 to float
  %9 = bitcast i32 %6 to float
  %10 = fmul float %9, %8
  %11 = bitcast float %10 to i32
  %12 = sitofp i32 %2 to double
  %13 = fsub double %1, %12
  %14 = zext i32 %11 to i64
  %15 = shl nuw i64 %14, 32
  %16 = zext i32 %7 to i64
  %17 = or i64 %15, %16
  %18 = insertvalue { i64, double } poison, i64 %17, 0
  %19 = insertvalue { i64, double } %18, double %13, 1
  ret { i64, double } %19
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = alloca %struct.big, align 8
  %2 = alloca %struct.big, align 8
  %3 = alloca %struct.big, align 8
  %4 = alloca %struct.big, align 8
  %5 = alloca %struct.big, align 8
  %6 = alloca %struct.big, align 8
  %7 = alloca %struct.big, align 8
  %8 = alloca %struct.big, align 8
  %9 = bitcast %struct.big* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %9) #11
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %9, i8 0, i64 160, i1 false) #11, !alias.scope !24
  br label %10

10:                                               ; preds = %10, %0
  %11 = phi i64 [ 0, %0 ], [ %12, %10 ]
  %12 = add nuw nsw i64 %11, 1
  %13 = mul nuw nsw i64 %12, 3
  %14 = mul i64 %11, %11
  %15 = and i64 %14, 4294967295
  %16 = sub nsw i64 %13, %15
  %17 = getelementptr inbounds %struct.big, %struct.big* %5, i64 0, i32 0, i64 %11
  store i64 %16, i64* %17, align 8, !tbaa !10, !alias.scope !24
  %18 = icmp eq i64 %12, 16
  br i1 %18, label %19, label %10, !llvm.loop !12

19:                                               ; preds = %10
  %20 = getelementptr inbounds %struct.big, %struct.big* %5, i64 0, i32 1, i64 0
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(23) %20, i8* noundef nonnull align 1 dereferenceable(23) getelementptr inbounds ([24 x i8], [24 x i8]* @str, i64 0, i64 0), i64 noundef 23, i1 false) #11
  %21 = getelementptr inbounds %struct.big, %struct.big* %5, i64 0, i32 2
  store double 7.500000e-01, double* %21, align 8, !tbaa !5, !alias.scope !24
  %22 = bitcast %struct.big* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %22) #11
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %22, i8 0, i64 160, i1 false) #11, !alias.scope !27
  br label %23

23:                                               ; preds = %23, %19
  %24 = phi i64 [ 0, %19 ], [ %25, %23 ]
  %25 = add nuw nsw i64 %24, 1
  %26 = mul nuw nsw i64 %25, 7
  %27 = mul i64 %24, %24
  %28 = and i64 %27, 4294967295
  %29 = sub nsw i64 %26, %28
  %30 = getelementptr inbounds %struct.big, %struct.big* %6, i64 0, i32 0, i64 %24
  store i64 %29, i64* %30, align 8, !tbaa !10, !alias.scope !27
  %31 = icmp eq i64 %25, 16
  br i1 %31, label %32, label %23, !llvm.loop !12

32:                                               ; preds = %23
  %33 = getelementptr inbounds %struct.big, %struct.big* %6, i64 0, i32 1, i64 0
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(23) %33, i8* noundef nonnull align 1 dereferenceable(23) getelementptr inbounds ([24 x i8], [24 x i8]* @str.7, i64 0, i64 0), i64 noundef 23, i1 false) #11
  %34 = getelementptr inbounds %struct.big, %struct.big* %6, i64 0, i32 2
  store double 1.750000e+00, double* %34, align 8, !tbaa !5, !alias.scope !27
  %35 = bitcast %struct.big* %7 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %35) #11
  call void @llvm.experimental.noalias.scope.decl(metadata !30)
  %36 = bitcast %struct.big* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %36)
  %37 = bitcast %struct.big* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %37)
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %37, i8* noundef nonnull align 8 dereferenceable(160) %22, i64 160, i1 false) #11
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %36, i8* noundef nonnull align 8 dereferenceable(160) %9, i64 160, i1 false) #11
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %35, i8* noundef nonnull align 8 dereferenceable(160) %9, i64 160, i1 false)
  br label %38

38:                                               ; preds = %38, %32
  %39 = phi i64 [ 0, %32 ], [ %51, %38 ]
  %40 = getelementptr inbounds %struct.big, %struct.big* %4, i64 0, i32 0, i64 %39
  %41 = load i64, i64* %40, align 8, !tbaa !10, !noalias !30
  %42 = shl nsw i64 %41, 1
  %43 = trunc i64 %39 to i32
  %44 = add i32 %43, 5
  %45 = srem i32 %44, 16
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds %struct.big, %struct.big* %3, i64 0, i32 0, i64 %46
  %48 = load i64, i64* %47, align 8, !tbaa !10, !noalias !30
  %49 = add nsw i64 %42, %48
  %50 = getelementptr inbounds %struct.big, %struct.big* %7, i64 0, i32 0, i64 %39
  store i64 %49, i64* %50, align 8, !tbaa !10, !alias.scope !30
  %51 = add nuw nsw i64 %39, 1
  %52 = icmp eq i64 %51, 16
  br i1 %52, label %53, label %38, !llvm.loop !18

53:                                               ; preds = %38
  %54 = getelementptr inbounds %struct.big, %struct.big* %7, i64 0, i32 1, i64 0
  %55 = getelementptr inbounds %struct.big, %struct.big* %4, i64 0, i32 1, i64 0
  %56 = getelementptr inbounds %struct.big, %struct.big* %3, i64 0, i32 1, i64 0
  %57 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %54, i64 noundef 24, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i8* noundef nonnull %55, i8* noundef nonnull %56) #11
  %58 = getelementptr inbounds %struct.big, %struct.big* %4, i64 0, i32 2
  %59 = load double, double* %58, align 8, !tbaa !5, !noalias !30
  %60 = getelementptr inbounds %struct.big, %struct.big* %3, i64 0, i32 2
  %61 = load double, double* %60, align 8, !tbaa !5, !noalias !30
  %62 = call double @llvm.fmuladd.f64(double %61, double 5.000000e+00, double %59) #11
  %63 = getelementptr inbounds %struct.big, %struct.big* %7, i64 0, i32 2
  store double %62, double* %63, align 8, !tbaa !5, !alias.scope !30
  %64 = getelementptr inbounds %struct.big, %struct.big* %4, i64 0, i32 0, i64 0
  store i64 -999, i64* %64, align 8, !tbaa !10, !noalias !30
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %36)
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %37)
  %65 = getelementptr inbounds %struct.big, %struct.big* %5, i64 0, i32 0, i64 0
  %66 = load i64, i64* %65, align 8, !tbaa !10
  %67 = load double, double* %21, align 8, !tbaa !5
  %68 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([38 x i8], [38 x i8]* @.str.3, i64 0, i64 0), i64 noundef %66, i8* noundef nonnull %20, double noundef %67)
  %69 = load double, double* %63, align 8, !tbaa !5
  br label %70

70:                                               ; preds = %70, %53
  %71 = phi i64 [ 0, %53 ], [ %77, %70 ]
  %72 = phi i64 [ 0, %53 ], [ %76, %70 ]
  %73 = mul nsw i64 %72, 3
  %74 = getelementptr inbounds %struct.big, %struct.big* %7, i64 0, i32 0, i64 %71
  %75 = load i64, i64* %74, align 8, !tbaa !10
  %76 = add nsw i64 %75, %73
  %77 = add nuw nsw i64 %71, 1
  %78 = icmp eq i64 %77, 16
  br i1 %78, label %79, label %70, !llvm.loop !19

79:                                               ; preds = %70
  %80 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([38 x i8], [38 x i8]* @.str.4, i64 0, i64 0), i8* noundef nonnull %54, double noundef %69, i64 noundef %76)
  %81 = bitcast %struct.big* %8 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %81) #11
  call void @llvm.experimental.noalias.scope.decl(metadata !33)
  %82 = bitcast %struct.big* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %82)
  %83 = bitcast %struct.big* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 160, i8* nonnull %83)
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %83, i8* noundef nonnull align 8 dereferenceable(160) %9, i64 160, i1 false) #11
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %82, i8* noundef nonnull align 8 dereferenceable(160) %35, i64 160, i1 false) #11
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) %81, i8* noundef nonnull align 8 dereferenceable(160) %35, i64 160, i1 false)
  br label %84

84:                                               ; preds = %84, %79
  %85 = phi i64 [ 0, %79 ], [ %97, %84 ]
  %86 = getelementptr inbounds %struct.big, %struct.big* %2, i64 0, i32 0, i64 %85
  %87 = load i64, i64* %86, align 8, !tbaa !10, !noalias !33
  %88 = shl nsw i64 %87, 1
  %89 = trunc i64 %85 to i32
  %90 = add i32 %89, 11
  %91 = srem i32 %90, 16
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds %struct.big, %struct.big* %1, i64 0, i32 0, i64 %92
  %94 = load i64, i64* %93, align 8, !tbaa !10, !noalias !33
  %95 = add nsw i64 %88, %94
  %96 = getelementptr inbounds %struct.big, %struct.big* %8, i64 0, i32 0, i64 %85
  store i64 %95, i64* %96, align 8, !tbaa !10, !alias.scope !33
  %97 = add nuw nsw i64 %85, 1
  %98 = icmp eq i64 %97, 16
  br i1 %98, label %99, label %84, !llvm.loop !18

99:                                               ; preds = %84
  %100 = getelementptr inbounds %struct.big, %struct.big* %8, i64 0, i32 1, i64 0
  %101 = getelementptr inbounds %struct.big, %struct.big* %2, i64 0, i32 1, i64 0
  %102 = getelementptr inbounds %struct.big, %struct.big* %1, i64 0, i32 1, i64 0
  %103 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef nonnull %100, i64 noundef 24, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i8* noundef nonnull %101, i8* noundef nonnull %102) #11
  %104 = getelementptr inbounds %struct.big, %struct.big* %2, i64 0, i32 2
  %105 = load double, double* %104, align 8, !tbaa !5, !noalias !33
  %106 = getelementptr inbounds %struct.big, %struct.big* %1, i64 0, i32 2
  %107 = load double, double* %106, align 8, !tbaa !5, !noalias !33
  %108 = call double @llvm.fmuladd.f64(double %107, double 1.100000e+01, double %105) #11
  %109 = getelementptr inbounds %struct.big, %struct.big* %8, i64 0, i32 2
  store double %108, double* %109, align 8, !tbaa !5, !alias.scope !33
  %110 = getelementptr inbounds %struct.big, %struct.big* %2, i64 0, i32 0, i64 0
  store i64 -999, i64* %110, align 8, !tbaa !10, !noalias !33
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %82)
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %83)
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(160) bitcast (%struct.big* @global_big to i8*), i8* noundef nonnull align 8 dereferenceable(160) %81, i64 160, i1 false), !tbaa.struct !15
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %81) #11
  br label %111

111:                                              ; preds = %111, %99
  %112 = phi i64 [ 0, %99 ], [ %118, %111 ]
  %113 = phi i64 [ 0, %99 ], [ %117, %111 ]
  %114 = mul nsw i64 %113, 3
  %115 = getelementptr inbounds %struct.big, %struct.big* @global_big, i64 0, i32 0, i64 %112
  %116 = load i64, i64* %115, align 8, !tbaa !10
  %117 = add nsw i64 %116, %114
  %118 = add nuw nsw i64 %112, 1
  %119 = icmp eq i64 %118, 16
  br i1 %119, label %120, label %111, !llvm.loop !19

120:                                              ; preds = %111
  %121 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([31 x i8], [31 x i8]* @.str.5, i64 0, i64 0), i8* noundef getelementptr inbounds (%struct.big, %struct.big* @global_big, i64 0, i32 1, i64 0), i64 noundef %117)
  %122 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([74 x i8], [74 x i8]* @.str.6, i64 0, i64 0), i64 noundef 10309, i64 noundef 30, double noundef -3.000000e+00, double noundef 6.000000e+00, double noundef -3.000000e+00, double noundef 1.500000e+00, double noundef 2.500000e+00, i32 noundef 13, double noundef 4.500000e+00, double noundef 9.725000e+01)
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %35) #11
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %22) #11
  call void @llvm.lifetime.end.p0i8(i64 160, i8* nonnull %9) #11
  ret i32 30
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #5

; Function Attrs: inaccessiblememonly nofree nosync nounwind willreturn
declare void @llvm.experimental.noalias.scope.decl(metadata) #10

attributes #0 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
attributes #2 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #3 = { argmemonly mustprogress nofree nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly mustprogress nofree nounwind willreturn }
attributes #5 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #7 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nofree nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { inaccessiblememonly nofree nosync nounwind willreturn }
attributes #11 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !9, i64 152}
!6 = !{!"big", !7, i64 0, !7, i64 128, !9, i64 152}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!"double", !7, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"long", !7, i64 0}
!12 = distinct !{!12, !13, !14}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{i64 0, i64 128, !16, i64 128, i64 24, !16, i64 152, i64 8, !17}
!16 = !{!7, !7, i64 0}
!17 = !{!9, !9, i64 0}
!18 = distinct !{!18, !13, !14}
!19 = distinct !{!19, !13, !14}
!20 = !{!21, !9, i64 8}
!21 = !{!"vec3", !9, i64 0, !9, i64 8, !9, i64 16}
!22 = !{!21, !9, i64 16}
!23 = !{!21, !9, i64 0}
!24 = !{!25}
!25 = distinct !{!25, !26, !"make_big: argument 0"}
!26 = distinct !{!26, !"make_big"}
!27 = !{!28}
!28 = distinct !{!28, !29, !"make_big: argument 0"}
!29 = distinct !{!29, !"make_big"}
!30 = !{!31}
!31 = distinct !{!31, !32, !"combine: argument 0"}
!32 = distinct !{!32, !"combine"}
!33 = !{!34}
!34 = distinct !{!34, !35, !"combine: argument 0"}
!35 = distinct !{!35, !"combine"}
