; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/varargs.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__va_list_tag = type { i32, i32, i8*, i8* }

@.str = private unnamed_addr constant [10 x i8] c"max=%.3f \00", align 1
@.str.1 = private unnamed_addr constant [29 x i8] c"sum0=%ld sum3=%ld sum10=%ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c"mean=%.3f\0A\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"isdcii\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"forty-two\00", align 1
@.str.5 = private unnamed_addr constant [15 x i8] c"%s (%d chars)\0A\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"info\00", align 1
@.str.7 = private unnamed_addr constant [17 x i8] c"%d + %d = %d, %s\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c"ok\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"warn\00", align 1
@.str.10 = private unnamed_addr constant [15 x i8] c"%5.1f%% of %lu\00", align 1
@.str.11 = private unnamed_addr constant [7 x i8] c"[i:%d]\00", align 1
@.str.12 = private unnamed_addr constant [9 x i8] c"[d:%.2f]\00", align 1
@.str.13 = private unnamed_addr constant [7 x i8] c"[s:%s]\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"[c:%c]\00", align 1
@.str.15 = private unnamed_addr constant [8 x i8] c"%s: %s\0A\00", align 1

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i64 @sum_ints(i32 noundef %0, ...) local_unnamed_addr #0 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  %3 = bitcast [1 x %struct.__va_list_tag]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %3) #5
  call void @llvm.va_start(i8* nonnull %3)
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %10

5:                                                ; preds = %1
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %2, i64 0, i64 0, i32 0
  %7 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %2, i64 0, i64 0, i32 2
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %2, i64 0, i64 0, i32 3
  %9 = load i8*, i8** %8, align 16
  br label %12

10:                                               ; preds = %24, %1
  %11 = phi i64 [ 0, %1 ], [ %29, %24 ]
  call void @llvm.va_end(i8* %3)
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %3) #5
  ret i64 %11

12:                                               ; preds = %5, %24
  %13 = phi i32 [ 0, %5 ], [ %30, %24 ]
  %14 = phi i64 [ 0, %5 ], [ %29, %24 ]
  %15 = load i32, i32* %6, align 16
  %16 = icmp ult i32 %15, 41
  br i1 %16, label %17, label %21

17:                                               ; preds = %12
  %18 = sext i32 %15 to i64
  %19 = getelementptr i8, i8* %9, i64 %18
  %20 = add i32 %15, 8
  store i32 %20, i32* %6, align 16
  br label %24

21:                                               ; preds = %12
  %22 = load i8*, i8** %7, align 8
  %23 = getelementptr i8, i8* %22, i64 8
  store i8* %23, i8** %7, align 8
  br label %24

24:                                               ; preds = %21, %17
  %25 = phi i8* [ %19, %17 ], [ %22, %21 ]
  %26 = bitcast i8* %25 to i32*
  %27 = load i32, i32* %26, align 4
  %28 = sext i32 %27 to i64
  %29 = add nsw i64 %14, %28
  %30 = add nuw nsw i32 %13, 1
  %31 = icmp eq i32 %30, %0
  br i1 %31, label %10, label %12, !llvm.loop !5
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn
declare void @llvm.va_start(i8*) #2

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: mustprogress nofree nosync nounwind willreturn
declare void @llvm.va_end(i8*) #2

; Function Attrs: nofree nounwind uwtable
define dso_local double @mean(i32 noundef %0, ...) local_unnamed_addr #3 {
  %2 = alloca [1 x %struct.__va_list_tag], align 16
  %3 = alloca [1 x %struct.__va_list_tag], align 16
  %4 = bitcast [1 x %struct.__va_list_tag]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %4) #5
  %5 = bitcast [1 x %struct.__va_list_tag]* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %5) #5
  call void @llvm.va_start(i8* nonnull %4)
  call void @llvm.va_copy(i8* nonnull %5, i8* nonnull %4)
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %7, label %12

7:                                                ; preds = %1
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %2, i64 0, i64 0, i32 1
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %2, i64 0, i64 0, i32 2
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %2, i64 0, i64 0, i32 3
  %11 = load i8*, i8** %10, align 16
  br label %20

12:                                               ; preds = %32, %1
  %13 = phi double [ 0.000000e+00, %1 ], [ %36, %32 ]
  %14 = icmp sgt i32 %0, 0
  br i1 %14, label %15, label %39

15:                                               ; preds = %12
  %16 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %3, i64 0, i64 0, i32 1
  %17 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %3, i64 0, i64 0, i32 2
  %18 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %3, i64 0, i64 0, i32 3
  %19 = load i8*, i8** %18, align 16
  br label %44

20:                                               ; preds = %7, %32
  %21 = phi double [ 0.000000e+00, %7 ], [ %36, %32 ]
  %22 = phi i32 [ 0, %7 ], [ %37, %32 ]
  %23 = load i32, i32* %8, align 4
  %24 = icmp ult i32 %23, 161
  br i1 %24, label %25, label %29

25:                                               ; preds = %20
  %26 = sext i32 %23 to i64
  %27 = getelementptr i8, i8* %11, i64 %26
  %28 = add i32 %23, 16
  store i32 %28, i32* %8, align 4
  br label %32

29:                                               ; preds = %20
  %30 = load i8*, i8** %9, align 8
  %31 = getelementptr i8, i8* %30, i64 8
  store i8* %31, i8** %9, align 8
  br label %32

32:                                               ; preds = %29, %25
  %33 = phi i8* [ %27, %25 ], [ %30, %29 ]
  %34 = bitcast i8* %33 to double*
  %35 = load double, double* %34, align 8
  %36 = fadd double %21, %35
  %37 = add nuw nsw i32 %22, 1
  %38 = icmp eq i32 %37, %0
  br i1 %38, label %12, label %20, !llvm.loop !8

39:                                               ; preds = %56, %12
  %40 = phi double [ -1.000000e+300, %12 ], [ %61, %56 ]
  call void @llvm.va_end(i8* %5)
  call void @llvm.va_end(i8* %4)
  %41 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), double noundef %40)
  %42 = sitofp i32 %0 to double
  %43 = fdiv double %13, %42
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %5) #5
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %4) #5
  ret double %43

44:                                               ; preds = %15, %56
  %45 = phi i32 [ 0, %15 ], [ %62, %56 ]
  %46 = phi double [ -1.000000e+300, %15 ], [ %61, %56 ]
  %47 = load i32, i32* %16, align 4
  %48 = icmp ult i32 %47, 161
  br i1 %48, label %49, label %53

49:                                               ; preds = %44
  %50 = sext i32 %47 to i64
  %51 = getelementptr i8, i8* %19, i64 %50
  %52 = add i32 %47, 16
  store i32 %52, i32* %16, align 4
  br label %56

53:                                               ; preds = %44
  %54 = load i8*, i8** %17, align 8
  %55 = getelementptr i8, i8* %54, i64 8
  store i8* %55, i8** %17, align 8
  br label %56

56:                                               ; preds = %53, %49
  %57 = phi i8* [ %51, %49 ], [ %54, %53 ]
  %58 = bitcast i8* %57 to double*
  %59 = load double, double* %58, align 8
  %60 = fcmp ogt double %59, %46
  %61 = select i1 %60, double %59, double %46
  %62 = add nuw nsw i32 %45, 1
  %63 = icmp eq i32 %62, %0
  br i1 %63, label %39, label %44, !llvm.loop !9
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn
declare void @llvm.va_copy(i8*, i8*) #2

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = alloca [200 x i8], align 16
  %2 = call i64 (i32, ...) @sum_ints(i32 noundef 0)
  %3 = call i64 (i32, ...) @sum_ints(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3)
  %4 = call i64 (i32, ...) @sum_ints(i32 noundef 10, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10)
  %5 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([29 x i8], [29 x i8]* @.str.1, i64 0, i64 0), i64 noundef %2, i64 noundef %3, i64 noundef %4)
  %6 = call double (i32, ...) @mean(i32 noundef 5, double noundef 1.500000e+00, double noundef 2.500000e+00, double noundef 3.500000e+00, double noundef 1.025000e+01, double noundef -4.000000e+00)
  %7 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([11 x i8], [11 x i8]* @.str.2, i64 0, i64 0), double noundef %6)
  %8 = call double (i32, ...) @mean(i32 noundef 9, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.000000e+00)
  %9 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([11 x i8], [11 x i8]* @.str.2, i64 0, i64 0), double noundef %8)
  %10 = getelementptr inbounds [200 x i8], [200 x i8]* %1, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 200, i8* nonnull %10) #5
  %11 = call i32 (i8*, i64, i8*, ...) @describe(i8* noundef nonnull %10, i64 undef, i8* undef, i32 noundef 42, i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str.4, i64 0, i64 0), double noundef 4.250000e+00, i32 noundef 120, i32 noundef -1, i32 noundef 7)
  %12 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([15 x i8], [15 x i8]* @.str.5, i64 0, i64 0), i8* noundef nonnull %10, i32 noundef %11)
  call void (i8*, i8*, ...) @log_line(i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.6, i64 0, i64 0), i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.7, i64 0, i64 0), i32 noundef 2, i32 noundef 3, i32 noundef 5, i8* noundef getelementptr inbounds ([3 x i8], [3 x i8]* @.str.8, i64 0, i64 0))
  call void (i8*, i8*, ...) @log_line(i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.9, i64 0, i64 0), i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.10, i64 0, i64 0), double noundef 9.950000e+01, i64 noundef 1234567890)
  %13 = call i64 (i32, ...) @sum_ints(i32 noundef 4, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 5)
  %14 = trunc i64 %13 to i32
  call void @llvm.lifetime.end.p0i8(i64 200, i8* nonnull %10) #5
  ret i32 %14
}

; Function Attrs: nofree nounwind uwtable
define internal i32 @describe(i8* nocapture noundef writeonly %0, i64 %1, i8* nocapture readnone %2, ...) unnamed_addr #3 {
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  %5 = bitcast [1 x %struct.__va_list_tag]* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %5) #5
  call void @llvm.va_start(i8* nonnull %5)
  %6 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 0
  %7 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 2
  %8 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 3
  %9 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 0
  %10 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 2
  %11 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 3
  %12 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 1
  %13 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 2
  %14 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 3
  %15 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 0
  %16 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 2
  %17 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0, i32 3
  br label %20

18:                                               ; preds = %107
  call void @llvm.va_end(i8* %5)
  %19 = trunc i64 %108 to i32
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %5) #5
  ret i32 %19

20:                                               ; preds = %3, %107
  %21 = phi i8 [ 105, %3 ], [ %110, %107 ]
  %22 = phi i8* [ getelementptr inbounds ([7 x i8], [7 x i8]* @.str.3, i64 0, i64 0), %3 ], [ %109, %107 ]
  %23 = phi i64 [ 0, %3 ], [ %108, %107 ]
  %24 = sext i8 %21 to i32
  switch i32 %24, label %107 [
    i32 105, label %25
    i32 100, label %45
    i32 115, label %65
    i32 99, label %85
  ]

25:                                               ; preds = %20
  %26 = getelementptr inbounds i8, i8* %0, i64 %23
  %27 = sub i64 200, %23
  %28 = load i32, i32* %15, align 16
  %29 = icmp ult i32 %28, 41
  br i1 %29, label %30, label %35

30:                                               ; preds = %25
  %31 = load i8*, i8** %17, align 16
  %32 = sext i32 %28 to i64
  %33 = getelementptr i8, i8* %31, i64 %32
  %34 = add i32 %28, 8
  store i32 %34, i32* %15, align 16
  br label %38

35:                                               ; preds = %25
  %36 = load i8*, i8** %16, align 8
  %37 = getelementptr i8, i8* %36, i64 8
  store i8* %37, i8** %16, align 8
  br label %38

38:                                               ; preds = %35, %30
  %39 = phi i8* [ %33, %30 ], [ %36, %35 ]
  %40 = bitcast i8* %39 to i32*
  %41 = load i32, i32* %40, align 4
  %42 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef %26, i64 noundef %27, i8* noundef getelementptr inbounds ([7 x i8], [7 x i8]* @.str.11, i64 0, i64 0), i32 noundef %41) #5
  %43 = sext i32 %42 to i64
  %44 = add i64 %23, %43
  br label %107

45:                                               ; preds = %20
  %46 = getelementptr inbounds i8, i8* %0, i64 %23
  %47 = sub i64 200, %23
  %48 = load i32, i32* %12, align 4
  %49 = icmp ult i32 %48, 161
  br i1 %49, label %50, label %55

50:                                               ; preds = %45
  %51 = load i8*, i8** %14, align 16
  %52 = sext i32 %48 to i64
  %53 = getelementptr i8, i8* %51, i64 %52
  %54 = add i32 %48, 16
  store i32 %54, i32* %12, align 4
  br label %58

55:                                               ; preds = %45
  %56 = load i8*, i8** %13, align 8
  %57 = getelementptr i8, i8* %56, i64 8
  store i8* %57, i8** %13, align 8
  br label %58

58:                                               ; preds = %55, %50
  %59 = phi i8* [ %53, %50 ], [ %56, %55 ]
  %60 = bitcast i8* %59 to double*
  %61 = load double, double* %60, align 8
  %62 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef %46, i64 noundef %47, i8* noundef getelementptr inbounds ([9 x i8], [9 x i8]* @.str.12, i64 0, i64 0), double noundef %61) #5
  %63 = sext i32 %62 to i64
  %64 = add i64 %23, %63
  br label %107

65:                                               ; preds = %20
  %66 = getelementptr inbounds i8, i8* %0, i64 %23
  %67 = sub i64 200, %23
  %68 = load i32, i32* %9, align 16
  %69 = icmp ult i32 %68, 41
  br i1 %69, label %70, label %75

70:                                               ; preds = %65
  %71 = load i8*, i8** %11, align 16
  %72 = sext i32 %68 to i64
  %73 = getelementptr i8, i8* %71, i64 %72
  %74 = add i32 %68, 8
  store i32 %74, i32* %9, align 16
  br label %78

75:                                               ; preds = %65
  %76 = load i8*, i8** %10, align 8
  %77 = getelementptr i8, i8* %76, i64 8
  store i8* %77, i8** %10, align 8
  br label %78

78:                                               ; preds = %75, %70
  %79 = phi i8* [ %73, %70 ], [ %76, %75 ]
  %80 = bitcast i8* %79 to i8**
  %81 = load i8*, i8** %80, align 8
  %82 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef %66, i64 noundef %67, i8* noundef getelementptr inbounds ([7 x i8], [7 x i8]* @.str.13, i64 0, i64 0), i8* noundef %81) #5
  %83 = sext i32 %82 to i64
  %84 = add i64 %23, %83
  br label %107

85:                                               ; preds = %20
  %86 = getelementptr inbounds i8, i8* %0, i64 %23
  %87 = sub i64 200, %23
  %88 = load i32, i32* %6, align 16
  %89 = icmp ult i32 %88, 41
  br i1 %89, label %90, label %95

90:                                               ; preds = %85
  %91 = load i8*, i8** %8, align 16
  %92 = sext i32 %88 to i64
  %93 = getelementptr i8, i8* %91, i64 %92
  %94 = add i32 %88, 8
  store i32 %94, i32* %6, align 16
  br label %98

95:                                               ; preds = %85
  %96 = load i8*, i8** %7, align 8
  %97 = getelementptr i8, i8* %96, i64 8
  store i8* %97, i8** %7, align 8
  br label %98

98:                                               ; preds = %95, %90
  %99 = phi i8* [ %93, %90 ], [ %96, %95 ]
  %100 = bitcast i8* %99 to i32*
  %101 = load i32, i32* %100, align 4
  %102 = shl i32 %101, 24
  %103 = ashr exact i32 %102, 24
  %104 = call i32 (i8*, i64, i8*, ...) @snprintf(i8* noundef %86, i64 noundef %87, i8* noundef getelementptr inbounds ([7 x i8], [7 x i8]* @.str.14, i64 0, i64 0), i32 noundef %103) #5
  %105 = sext i32 %104 to i64
  %106 = add i64 %23, %105
  br label %107

107:                                              ; preds = %38, %58, %78, %98, %20
  %108 = phi i64 [ %23, %20 ], [ %106, %98 ], [ %84, %78 ], [ %64, %58 ], [ %44, %38 ]
  %109 = getelementptr inbounds i8, i8* %22, i64 1
  %110 = load i8, i8* %109, align 1, !tbaa !10
  %111 = icmp eq i8* %109, getelementptr inbounds ([7 x i8], [7 x i8]* @.str.3, i64 0, i64 6)
  br i1 %111, label %18, label %20, !llvm.loop !13
}

; Function Attrs: nofree nounwind uwtable
define internal void @log_line(i8* noundef %0, i8* nocapture noundef readonly %1, ...) unnamed_addr #3 {
  %3 = alloca [256 x i8], align 16
  %4 = alloca [1 x %struct.__va_list_tag], align 16
  %5 = getelementptr inbounds [256 x i8], [256 x i8]* %3, i64 0, i64 0
  call void @llvm.lifetime.start.p0i8(i64 256, i8* nonnull %5) #5
  %6 = bitcast [1 x %struct.__va_list_tag]* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %6) #5
  %7 = getelementptr inbounds [1 x %struct.__va_list_tag], [1 x %struct.__va_list_tag]* %4, i64 0, i64 0
  call void @llvm.va_start(i8* nonnull %6)
  %8 = call i32 @vsnprintf(i8* noundef nonnull %5, i64 noundef 256, i8* noundef %1, %struct.__va_list_tag* noundef nonnull %7) #5
  call void @llvm.va_end(i8* %6)
  %9 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.15, i64 0, i64 0), i8* noundef %0, i8* noundef nonnull %5)
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %6) #5
  call void @llvm.lifetime.end.p0i8(i64 256, i8* nonnull %5) #5
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @snprintf(i8* noalias nocapture noundef writeonly, i64 noundef, i8* nocapture noundef readonly, ...) local_unnamed_addr #4

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(i8* nocapture noundef, i64 noundef, i8* nocapture noundef readonly, %struct.__va_list_tag* noundef) local_unnamed_addr #4

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { mustprogress nofree nosync nounwind willreturn }
attributes #3 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = distinct !{!8, !6, !7}
!9 = distinct !{!9, !6, !7}
!10 = !{!11, !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !6, !7}
