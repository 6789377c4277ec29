; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/floats.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/floats.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@inputs = dso_local local_unnamed_addr constant [7 x double] [double 0.000000e+00, double 5.000000e-01, double 1.000000e+00, double 2.000000e+00, double 0x400921FB54442D11, double 1.000000e+01, double 1.234560e+02], align 16
@scale = dso_local local_unnamed_addr global float 2.500000e+00, align 4
@accumulated = dso_local local_unnamed_addr global double 0.000000e+00, align 8
@.str = private unnamed_addr constant [66 x i8] c"x=%.6f sqrt=%.6f sin=%.6f cos=%.6f exp=%.6f log1p=%.6f poly=%.6f\0A\00", align 1
@.str.1 = private unnamed_addr constant [70 x i8] c"pow(2,0.5)=%.6f atan2=%.6f fmod=%.6f hypot=%.6f floor=%.6f ceil=%.6f\0A\00", align 1
@.str.2 = private unnamed_addr constant [56 x i8] c"float=%.6f accumulated=%.6f M_PI=%.6f 1e-300*1e-300=%g\0A\00", align 1
@.str.3 = private unnamed_addr constant [20 x i8] c"long double: %.6Lf\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %5

1:                                                ; preds = %5
  %2 = call double @atan2(double noundef 1.000000e+00, double noundef 2.000000e+00) #5
  %3 = call double @hypot(double noundef 2.000000e+00, double noundef 1.000000e+01) #5
  %4 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([70 x i8], [70 x i8]* @.str.1, i64 0, i64 0), double noundef 0x3FF6A09E667F3BCD, double noundef 0x3FDDAC670561BB4F, double noundef 0x3FEDE265F653C524, double noundef %3, double noundef 1.230000e+02, double noundef 1.240000e+02)
  br label %37

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %27, %5 ]
  %7 = getelementptr inbounds [7 x double], [7 x double]* @inputs, i64 0, i64 %6
  %8 = load double, double* %7, align 8, !tbaa !5
  %9 = call double @sqrt(double noundef %8) #5
  %10 = call double @sin(double noundef %8) #5
  %11 = call double @cos(double noundef %8) #5
  %12 = fdiv double %8, 1.000000e+01
  %13 = call double @exp(double noundef %12) #5
  %14 = call double @log1p(double noundef %8) #5
  %15 = fmul double %8, 1.500000e+00
  %16 = fmul double %8, %15
  %17 = fmul double %8, -2.250000e+00
  %18 = fmul double %8, %17
  %19 = call double @llvm.fmuladd.f64(double %16, double %8, double %18) #5
  %20 = call double @llvm.fmuladd.f64(double %8, double 1.250000e-01, double %19) #5
  %21 = fadd double %20, -7.000000e+00
  %22 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([66 x i8], [66 x i8]* @.str, i64 0, i64 0), double noundef %8, double noundef %9, double noundef %10, double noundef %11, double noundef %13, double noundef %14, double noundef %21)
  %23 = load float, float* @scale, align 4, !tbaa !9
  %24 = fpext float %23 to double
  %25 = load double, double* @accumulated, align 8, !tbaa !5
  %26 = call double @llvm.fmuladd.f64(double %8, double %24, double %25)
  store double %26, double* @accumulated, align 8, !tbaa !5
  %27 = add nuw nsw i64 %6, 1
  %28 = icmp eq i64 %27, 7
  br i1 %28, label %1, label %5, !llvm.loop !11

29:                                               ; preds = %37
  %30 = fpext float %40 to double
  %31 = load double, double* @accumulated, align 8, !tbaa !5
  %32 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([56 x i8], [56 x i8]* @.str.2, i64 0, i64 0), double noundef %30, double noundef %31, double noundef 0x400921FB54442D18, double noundef 0.000000e+00)
  %33 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([20 x i8], [20 x i8]* @.str.3, i64 0, i64 0), x86_fp80 noundef 0xK400296CBE3F9990E6600)
  %34 = load double, double* @accumulated, align 8, !tbaa !5
  %35 = fptosi double %34 to i32
  %36 = srem i32 %35, 47
  ret i32 %36

37:                                               ; preds = %1, %37
  %38 = phi i32 [ 0, %1 ], [ %41, %37 ]
  %39 = phi float [ 0x3FB99999A0000000, %1 ], [ %40, %37 ]
  %40 = call float @llvm.fmuladd.f32(float %39, float 0x3FF19999A0000000, float 0x3F847AE140000000)
  %41 = add nuw nsw i32 %38, 1
  %42 = icmp eq i32 %41, 10
  br i1 %42, label %29, label %37, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @sqrt(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @sin(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @cos(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @exp(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @log1p(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: mustprogress nofree nounwind willreturn writeonly
declare double @atan2(double noundef, double noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare double @hypot(double noundef, double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #3

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn writeonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
