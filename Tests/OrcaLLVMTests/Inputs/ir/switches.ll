; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/switches.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/switches.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [16 x i8] c"  [13] acc=%ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"January\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"February\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"March\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"April\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"May\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"June\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"July\00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"August\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"September\00", align 1
@.str.10 = private unnamed_addr constant [8 x i8] c"October\00", align 1
@.str.11 = private unnamed_addr constant [9 x i8] c"November\00", align 1
@.str.12 = private unnamed_addr constant [9 x i8] c"December\00", align 1
@.str.13 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@.str.14 = private unnamed_addr constant [17 x i8] c"classify(%d)=%d\0A\00", align 1
@.str.15 = private unnamed_addr constant [9 x i8] c"acc=%ld\0A\00", align 1
@.str.16 = private unnamed_addr constant [7 x i8] c"%d:%s \00", align 1
@.str.18 = private unnamed_addr constant [30 x i8] c"sparse: %d %d %d %d %d %d %d\0A\00", align 1
@switch.table.main.19 = private unnamed_addr constant [20 x i32] [i32 17, i32 4, i32 99, i32 -3, i32 12, i32 8, i32 71, i32 0, i32 33, i32 5, i32 61, i32 2, i32 44, i32 9, i32 27, i32 13, i32 90, i32 1, i32 56, i32 6], align 4
@switch.table.main.20 = private unnamed_addr constant [12 x i8*] [i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.1, i64 0, i64 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.2, i64 0, i64 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.3, i64 0, i64 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.4, i64 0, i64 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.5, i64 0, i64 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.6, i64 0, i64 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.7, i64 0, i64 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.8, i64 0, i64 0), i8* getelementptr inbounds ([10 x i8], [10 x i8]* @.str.9, i64 0, i64 0), i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.10, i64 0, i64 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.11, i64 0, i64 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.12, i64 0, i64 0)], align 8

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @classify(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp ult i32 %0, 20
  br i1 %2, label %3, label %7

3:                                                ; preds = %1
  %4 = sext i32 %0 to i64
  %5 = getelementptr inbounds [20 x i32], [20 x i32]* @switch.table.main.19, i64 0, i64 %4
  %6 = load i32, i32* %5, align 4
  br label %7

7:                                                ; preds = %1, %3
  %8 = phi i32 [ %6, %3 ], [ -1, %1 ]
  ret i32 %8
}

; Function Attrs: nofree nounwind uwtable
define dso_local i64 @step(i32 noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #1 {
  switch i32 %0, label %47 [
    i32 0, label %4
    i32 1, label %6
    i32 2, label %8
    i32 3, label %10
    i32 4, label %14
    i32 5, label %16
    i32 6, label %19
    i32 7, label %22
    i32 8, label %25
    i32 9, label %27
    i32 10, label %30
    i32 11, label %33
    i32 12, label %37
    i32 13, label %41
    i32 14, label %43
    i32 15, label %45
  ]

4:                                                ; preds = %3
  %5 = add nsw i64 %2, %1
  br label %47

6:                                                ; preds = %3
  %7 = sub nsw i64 %1, %2
  br label %47

8:                                                ; preds = %3
  %9 = mul nsw i64 %2, %1
  br label %47

10:                                               ; preds = %3
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %47, label %12

12:                                               ; preds = %10
  %13 = sdiv i64 %1, %2
  br label %47

14:                                               ; preds = %3
  %15 = xor i64 %2, %1
  br label %47

16:                                               ; preds = %3
  %17 = shl i64 %2, 3
  %18 = or i64 %17, %1
  br label %47

19:                                               ; preds = %3
  %20 = xor i64 %2, -1
  %21 = and i64 %20, %1
  br label %47

22:                                               ; preds = %3
  %23 = mul nsw i64 %1, 31
  %24 = add nsw i64 %23, %2
  br label %47

25:                                               ; preds = %3
  %26 = sub nsw i64 0, %1
  br label %47

27:                                               ; preds = %3
  %28 = icmp sgt i64 %1, %2
  %29 = select i1 %28, i64 %1, i64 %2
  br label %47

30:                                               ; preds = %3
  %31 = icmp slt i64 %1, %2
  %32 = select i1 %31, i64 %1, i64 %2
  br label %47

33:                                               ; preds = %3
  %34 = shl i64 %1, 1
  %35 = and i64 %2, 1
  %36 = or i64 %35, %34
  br label %47

37:                                               ; preds = %3
  %38 = icmp eq i64 %2, 0
  %39 = select i1 %38, i64 1, i64 %2
  %40 = srem i64 %1, %39
  br label %47

41:                                               ; preds = %3
  %42 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i64 noundef %1)
  br label %47

43:                                               ; preds = %3
  %44 = add nsw i64 %1, 1000
  br label %47

45:                                               ; preds = %3
  %46 = add nsw i64 %1, -1000
  br label %47

47:                                               ; preds = %3, %12, %10, %45, %43, %41, %37, %33, %30, %27, %25, %22, %19, %16, %14, %8, %6, %4
  %48 = phi i64 [ %46, %45 ], [ %44, %43 ], [ %1, %41 ], [ %40, %37 ], [ %36, %33 ], [ %32, %30 ], [ %29, %27 ], [ %26, %25 ], [ %24, %22 ], [ %21, %19 ], [ %18, %16 ], [ %15, %14 ], [ %9, %8 ], [ %7, %6 ], [ %5, %4 ], [ %13, %12 ], [ %1, %10 ], [ 0, %3 ]
  ret i64 %48
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i8* @month(i32 noundef %0) local_unnamed_addr #0 {
  %2 = add i32 %0, -1
  %3 = icmp ult i32 %2, 12
  br i1 %3, label %4, label %8

4:                                                ; preds = %1
  %5 = sext i32 %2 to i64
  %6 = getelementptr inbounds [12 x i8*], [12 x i8*]* @switch.table.main.20, i64 0, i64 %5
  %7 = load i8*, i8** %6, align 8
  br label %8

8:                                                ; preds = %1, %4
  %9 = phi i8* [ %7, %4 ], [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.13, i64 0, i64 0), %1 ]
  ret i8* %9
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @sparse(i32 noundef %0) local_unnamed_addr #0 {
  switch i32 %0, label %7 [
    i32 1, label %8
    i32 100, label %2
    i32 1000, label %3
    i32 10000, label %4
    i32 100000, label %5
    i32 -7, label %6
  ]

2:                                                ; preds = %1
  br label %8

3:                                                ; preds = %1
  br label %8

4:                                                ; preds = %1
  br label %8

5:                                                ; preds = %1
  br label %8

6:                                                ; preds = %1
  br label %8

7:                                                ; preds = %1
  br label %8

8:                                                ; preds = %1, %7, %6, %5, %4, %3, %2
  %9 = phi i32 [ 0, %7 ], [ 6, %6 ], [ 5, %5 ], [ 4, %4 ], [ 3, %3 ], [ 2, %2 ], [ %0, %1 ]
  ret i32 %9
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %0, %17
  %2 = phi i32 [ -2, %0 ], [ %20, %17 ]
  %3 = phi i32 [ 0, %0 ], [ %19, %17 ]
  %4 = icmp ult i32 %2, 20
  br i1 %4, label %5, label %9

5:                                                ; preds = %1
  %6 = sext i32 %2 to i64
  %7 = getelementptr inbounds [20 x i32], [20 x i32]* @switch.table.main.19, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4
  br label %9

9:                                                ; preds = %1, %5
  %10 = phi i32 [ %8, %5 ], [ -1, %1 ]
  %11 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([17 x i8], [17 x i8]* @.str.14, i64 0, i64 0), i32 noundef %2, i32 noundef %10)
  %12 = icmp ult i32 %2, 20
  br i1 %12, label %13, label %17

13:                                               ; preds = %9
  %14 = sext i32 %2 to i64
  %15 = getelementptr inbounds [20 x i32], [20 x i32]* @switch.table.main.19, i64 0, i64 %14
  %16 = load i32, i32* %15, align 4
  br label %17

17:                                               ; preds = %9, %13
  %18 = phi i32 [ %16, %13 ], [ -1, %9 ]
  %19 = add nsw i32 %18, %3
  %20 = add nsw i32 %2, 1
  %21 = icmp eq i32 %20, 22
  br i1 %21, label %24, label %1, !llvm.loop !5

22:                                               ; preds = %24
  %23 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([9 x i8], [9 x i8]* @.str.15, i64 0, i64 0), i64 noundef %31)
  br label %37

24:                                               ; preds = %17, %24
  %25 = phi i64 [ %30, %24 ], [ 0, %17 ]
  %26 = phi i64 [ %31, %24 ], [ 1, %17 ]
  %27 = trunc i64 %25 to i32
  %28 = mul i32 %27, 7
  %29 = urem i32 %28, 17
  %30 = add nuw nsw i64 %25, 1
  %31 = call i64 @step(i32 noundef %29, i64 noundef %26, i64 noundef %30)
  %32 = icmp eq i64 %30, 40
  br i1 %32, label %22, label %24, !llvm.loop !8

33:                                               ; preds = %45
  %34 = call i32 @putchar(i32 10)
  %35 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([30 x i8], [30 x i8]* @.str.18, i64 0, i64 0), i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 0)
  %36 = and i32 %19, 63
  ret i32 %36

37:                                               ; preds = %22, %45
  %38 = phi i32 [ 0, %22 ], [ %48, %45 ]
  %39 = add nsw i32 %38, -1
  %40 = icmp ult i32 %39, 12
  br i1 %40, label %41, label %45

41:                                               ; preds = %37
  %42 = sext i32 %39 to i64
  %43 = getelementptr inbounds [12 x i8*], [12 x i8*]* @switch.table.main.20, i64 0, i64 %42
  %44 = load i8*, i8** %43, align 8
  br label %45

45:                                               ; preds = %37, %41
  %46 = phi i8* [ %44, %41 ], [ getelementptr inbounds ([2 x i8], [2 x i8]* @.str.13, i64 0, i64 0), %37 ]
  %47 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([7 x i8], [7 x i8]* @.str.16, i64 0, i64 0), i32 noundef %38, i8* noundef %46)
  %48 = add nuw nsw i32 %38, 1
  %49 = icmp eq i32 %48, 14
  br i1 %49, label %33, label %37, !llvm.loop !9
}

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind }

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
