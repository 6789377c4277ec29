; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/recursion.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/recursion.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [15 x i8] c"ack(%d,%d)=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [13 x i8] c"ack(3,5)=%d\0A\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"fib(%d)=%ld\0A\00", align 1
@.str.3 = private unnamed_addr constant [28 x i8] c"even(1001)=%d odd(1001)=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [15 x i8] c"hanoi(16)=%ld\0A\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"1+2*3\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"(1+2)*3\00", align 1
@.str.7 = private unnamed_addr constant [18 x i8] c"100/(2+3)-4*(5-7)\00", align 1
@.str.8 = private unnamed_addr constant [11 x i8] c"((((42))))\00", align 1
@__const.main.exprs = private unnamed_addr constant [4 x i8*] [i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.6, i32 0, i32 0), i8* getelementptr inbounds ([18 x i8], [18 x i8]* @.str.7, i32 0, i32 0), i8* getelementptr inbounds ([11 x i8], [11 x i8]* @.str.8, i32 0, i32 0)], align 16
@cursor = internal unnamed_addr global i8* null, align 8
@.str.9 = private unnamed_addr constant [10 x i8] c"%s = %ld\0A\00", align 1

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i64 @fib(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 2
  br i1 %2, label %3, label %5

3:                                                ; preds = %1
  %4 = sext i32 %0 to i64
  br label %11

5:                                                ; preds = %1
  %6 = add nsw i32 %0, -1
  %7 = call i64 @fib(i32 noundef %6)
  %8 = add nsw i32 %0, -2
  %9 = call i64 @fib(i32 noundef %8)
  %10 = add nsw i64 %9, %7
  br label %11

11:                                               ; preds = %5, %3
  %12 = phi i64 [ %4, %3 ], [ %10, %5 ]
  ret i64 %12
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @is_even(i32 noundef %0) local_unnamed_addr #0 {
  switch i32 %0, label %2 [
    i32 0, label %6
    i32 1, label %5
  ]

2:                                                ; preds = %1
  %3 = add i32 %0, -2
  %4 = call i32 @is_even(i32 noundef %3) #4
  br label %6

5:                                                ; preds = %1
  br label %6

6:                                                ; preds = %1, %5, %2
  %7 = phi i32 [ 1, %1 ], [ %4, %2 ], [ 0, %5 ]
  ret i32 %7
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @is_odd(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %6, label %3

3:                                                ; preds = %1
  %4 = add i32 %0, -1
  %5 = call i32 @is_even(i32 noundef %4)
  br label %6

6:                                                ; preds = %1, %3
  %7 = phi i32 [ %5, %3 ], [ 0, %1 ]
  ret i32 %7
}

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %0, %6
  %2 = phi i32 [ 0, %0 ], [ %7, %6 ]
  br label %9

3:                                                ; preds = %6
  %4 = call fastcc i32 @ackermann(i32 noundef 3, i32 noundef 5)
  %5 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([13 x i8], [13 x i8]* @.str.1, i64 0, i64 0), i32 noundef %4)
  br label %21

6:                                                ; preds = %9
  %7 = add nuw nsw i32 %2, 1
  %8 = icmp eq i32 %7, 3
  br i1 %8, label %3, label %1, !llvm.loop !5

9:                                                ; preds = %1, %9
  %10 = phi i32 [ 0, %1 ], [ %13, %9 ]
  %11 = call fastcc i32 @ackermann(i32 noundef %2, i32 noundef %10)
  %12 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([15 x i8], [15 x i8]* @.str, i64 0, i64 0), i32 noundef %2, i32 noundef %10, i32 noundef %11)
  %13 = add nuw nsw i32 %10, 1
  %14 = icmp eq i32 %13, 4
  br i1 %14, label %6, label %9, !llvm.loop !8

15:                                               ; preds = %21
  %16 = call i32 @is_even(i32 noundef 1001)
  %17 = call i32 @is_even(i32 noundef 1000) #4
  %18 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([28 x i8], [28 x i8]* @.str.3, i64 0, i64 0), i32 noundef %16, i32 noundef %17)
  %19 = call fastcc i64 @hanoi(i32 noundef 16)
  %20 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([15 x i8], [15 x i8]* @.str.4, i64 0, i64 0), i64 noundef %19)
  br label %31

21:                                               ; preds = %3, %21
  %22 = phi i32 [ 0, %3 ], [ %25, %21 ]
  %23 = call i64 @fib(i32 noundef %22)
  %24 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([13 x i8], [13 x i8]* @.str.2, i64 0, i64 0), i32 noundef %22, i64 noundef %23)
  %25 = add nuw nsw i32 %22, 5
  %26 = icmp ult i32 %22, 21
  br i1 %26, label %21, label %15, !llvm.loop !9

27:                                               ; preds = %31
  %28 = call i64 @fib(i32 noundef 10)
  %29 = srem i64 %28, 7
  %30 = trunc i64 %29 to i32
  ret i32 %30

31:                                               ; preds = %15, %31
  %32 = phi i64 [ 0, %15 ], [ %37, %31 ]
  %33 = getelementptr inbounds [4 x i8*], [4 x i8*]* @__const.main.exprs, i64 0, i64 %32
  %34 = load i8*, i8** %33, align 8, !tbaa !10
  store i8* %34, i8** @cursor, align 8, !tbaa !10
  %35 = call fastcc i64 @expr()
  %36 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([10 x i8], [10 x i8]* @.str.9, i64 0, i64 0), i8* noundef %34, i64 noundef %35)
  %37 = add nuw nsw i64 %32, 1
  %38 = icmp eq i64 %37, 4
  br i1 %38, label %27, label %31, !llvm.loop !14
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind readnone uwtable
define internal fastcc i32 @ackermann(i32 noundef %0, i32 noundef %1) unnamed_addr #0 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = add nsw i32 %1, 1
  br label %15

6:                                                ; preds = %2
  %7 = icmp eq i32 %1, 0
  %8 = add nsw i32 %0, -1
  br i1 %7, label %9, label %11

9:                                                ; preds = %6
  %10 = call fastcc i32 @ackermann(i32 noundef %8, i32 noundef 1)
  br label %15

11:                                               ; preds = %6
  %12 = add nsw i32 %1, -1
  %13 = call fastcc i32 @ackermann(i32 noundef %0, i32 noundef %12)
  %14 = call fastcc i32 @ackermann(i32 noundef %8, i32 noundef %13)
  br label %15

15:                                               ; preds = %11, %9, %4
  %16 = phi i32 [ %5, %4 ], [ %10, %9 ], [ %14, %11 ]
  ret i32 %16
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define internal fastcc i64 @hanoi(i32 noundef %0) unnamed_addr #0 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %8, label %3

3:                                                ; preds = %1
  %4 = add nsw i32 %0, -1
  %5 = call fastcc i64 @hanoi(i32 noundef %4)
  %6 = shl i64 %5, 1
  %7 = or i64 %6, 1
  br label %8

8:                                                ; preds = %1, %3
  %9 = phi i64 [ %7, %3 ], [ 0, %1 ]
  ret i64 %9
}

; Function Attrs: nofree nosync nounwind uwtable
define internal fastcc i64 @expr() unnamed_addr #3 {
  %1 = load i8*, i8** @cursor, align 8, !tbaa !10
  %2 = load i8, i8* %1, align 1, !tbaa !15
  %3 = icmp eq i8 %2, 40
  br i1 %3, label %7, label %4

4:                                                ; preds = %0
  %5 = add i8 %2, -48
  %6 = icmp ult i8 %5, 10
  br i1 %6, label %12, label %27

7:                                                ; preds = %0
  %8 = getelementptr inbounds i8, i8* %1, i64 1
  store i8* %8, i8** @cursor, align 8, !tbaa !10
  %9 = call fastcc i64 @expr() #4
  %10 = load i8*, i8** @cursor, align 8, !tbaa !10
  %11 = getelementptr inbounds i8, i8* %10, i64 1
  br label %24

12:                                               ; preds = %4, %12
  %13 = phi i8 [ %21, %12 ], [ %2, %4 ]
  %14 = phi i64 [ %20, %12 ], [ 0, %4 ]
  %15 = phi i8* [ %17, %12 ], [ %1, %4 ]
  %16 = mul nsw i64 %14, 10
  %17 = getelementptr inbounds i8, i8* %15, i64 1
  %18 = sext i8 %13 to i64
  %19 = add nsw i64 %18, -48
  %20 = add i64 %19, %16
  %21 = load i8, i8* %17, align 1, !tbaa !15
  %22 = add i8 %21, -48
  %23 = icmp ult i8 %22, 10
  br i1 %23, label %12, label %24, !llvm.loop !16

24:                                               ; preds = %12, %7
  %25 = phi i8* [ %11, %7 ], [ %17, %12 ]
  %26 = phi i64 [ %9, %7 ], [ %20, %12 ]
  store i8* %25, i8** @cursor, align 8, !tbaa !10
  br label %27

27:                                               ; preds = %24, %4
  %28 = phi i64 [ %26, %24 ], [ 0, %4 ]
  br label %29

29:                                               ; preds = %67, %27
  %30 = phi i64 [ %28, %27 ], [ %68, %67 ]
  %31 = load i8*, i8** @cursor, align 8, !tbaa !10
  %32 = load i8, i8* %31, align 1, !tbaa !15
  switch i8 %32, label %69 [
    i8 42, label %33
    i8 47, label %33
  ]

33:                                               ; preds = %29, %29
  %34 = getelementptr inbounds i8, i8* %31, i64 1
  store i8* %34, i8** @cursor, align 8, !tbaa !10
  %35 = load i8, i8* %34, align 1, !tbaa !15
  %36 = icmp eq i8 %35, 40
  br i1 %36, label %40, label %37

37:                                               ; preds = %33
  %38 = add i8 %35, -48
  %39 = icmp ult i8 %38, 10
  br i1 %39, label %45, label %60

40:                                               ; preds = %33
  %41 = getelementptr inbounds i8, i8* %31, i64 2
  store i8* %41, i8** @cursor, align 8, !tbaa !10
  %42 = call fastcc i64 @expr() #4
  %43 = load i8*, i8** @cursor, align 8, !tbaa !10
  %44 = getelementptr inbounds i8, i8* %43, i64 1
  br label %57

45:                                               ; preds = %37, %45
  %46 = phi i8 [ %54, %45 ], [ %35, %37 ]
  %47 = phi i64 [ %53, %45 ], [ 0, %37 ]
  %48 = phi i8* [ %50, %45 ], [ %34, %37 ]
  %49 = mul nsw i64 %47, 10
  %50 = getelementptr inbounds i8, i8* %48, i64 1
  %51 = sext i8 %46 to i64
  %52 = add nsw i64 %51, -48
  %53 = add i64 %52, %49
  %54 = load i8, i8* %50, align 1, !tbaa !15
  %55 = add i8 %54, -48
  %56 = icmp ult i8 %55, 10
  br i1 %56, label %45, label %57, !llvm.loop !16

57:                                               ; preds = %45, %40
  %58 = phi i8* [ %44, %40 ], [ %50, %45 ]
  %59 = phi i64 [ %42, %40 ], [ %53, %45 ]
  store i8* %58, i8** @cursor, align 8, !tbaa !10
  br label %60

60:                                               ; preds = %57, %37
  %61 = phi i64 [ 0, %37 ], [ %59, %57 ]
  %62 = icmp eq i8 %32, 42
  br i1 %62, label %63, label %65

63:                                               ; preds = %60
  %64 = mul nsw i64 %61, %30
  br label %67

65:                                               ; preds = %60
  %66 = sdiv i64 %30, %61
  br label %67

67:                                               ; preds = %65, %63
  %68 = phi i64 [ %64, %63 ], [ %66, %65 ]
  br label %29, !llvm.loop !17

69:                                               ; preds = %29, %142
  %70 = phi i64 [ %146, %142 ], [ %30, %29 ]
  %71 = load i8*, i8** @cursor, align 8, !tbaa !10
  %72 = load i8, i8* %71, align 1, !tbaa !15
  switch i8 %72, label %147 [
    i8 43, label %73
    i8 45, label %73
  ]

73:                                               ; preds = %69, %69
  %74 = getelementptr inbounds i8, i8* %71, i64 1
  store i8* %74, i8** @cursor, align 8, !tbaa !10
  %75 = load i8, i8* %74, align 1, !tbaa !15
  %76 = icmp eq i8 %75, 40
  br i1 %76, label %80, label %77

77:                                               ; preds = %73
  %78 = add i8 %75, -48
  %79 = icmp ult i8 %78, 10
  br i1 %79, label %85, label %100

80:                                               ; preds = %73
  %81 = getelementptr inbounds i8, i8* %71, i64 2
  store i8* %81, i8** @cursor, align 8, !tbaa !10
  %82 = call fastcc i64 @expr() #4
  %83 = load i8*, i8** @cursor, align 8, !tbaa !10
  %84 = getelementptr inbounds i8, i8* %83, i64 1
  br label %97

85:                                               ; preds = %77, %85
  %86 = phi i8 [ %94, %85 ], [ %75, %77 ]
  %87 = phi i64 [ %93, %85 ], [ 0, %77 ]
  %88 = phi i8* [ %90, %85 ], [ %74, %77 ]
  %89 = mul nsw i64 %87, 10
  %90 = getelementptr inbounds i8, i8* %88, i64 1
  %91 = sext i8 %86 to i64
  %92 = add nsw i64 %91, -48
  %93 = add i64 %92, %89
  %94 = load i8, i8* %90, align 1, !tbaa !15
  %95 = add i8 %94, -48
  %96 = icmp ult i8 %95, 10
  br i1 %96, label %85, label %97, !llvm.loop !16

97:                                               ; preds = %85, %80
  %98 = phi i8* [ %84, %80 ], [ %90, %85 ]
  %99 = phi i64 [ %82, %80 ], [ %93, %85 ]
  store i8* %98, i8** @cursor, align 8, !tbaa !10
  br label %100

100:                                              ; preds = %97, %77
  %101 = phi i64 [ %99, %97 ], [ 0, %77 ]
  br label %102

102:                                              ; preds = %140, %100
  %103 = phi i64 [ %101, %100 ], [ %141, %140 ]
  %104 = load i8*, i8** @cursor, align 8, !tbaa !10
  %105 = load i8, i8* %104, align 1, !tbaa !15
  switch i8 %105, label %142 [
    i8 42, label %106
    i8 47, label %106
  ]

106:                                              ; preds = %102, %102
  %107 = getelementptr inbounds i8, i8* %104, i64 1
  store i8* %107, i8** @cursor, align 8, !tbaa !10
  %108 = load i8, i8* %107, align 1, !tbaa !15
  %109 = icmp eq i8 %108, 40
  br i1 %109, label %113, label %110

110:                                              ; preds = %106
  %111 = add i8 %108, -48
  %112 = icmp ult i8 %111, 10
  br i1 %112, label %118, label %133

113:                                              ; preds = %106
  %114 = getelementptr inbounds i8, i8* %104, i64 2
  store i8* %114, i8** @cursor, align 8, !tbaa !10
  %115 = call fastcc i64 @expr() #4
  %116 = load i8*, i8** @cursor, align 8, !tbaa !10
  %117 = getelementptr inbounds i8, i8* %116, i64 1
  br label %130

118:                                              ; preds = %110, %118
  %119 = phi i8 [ %127, %118 ], [ %108, %110 ]
  %120 = phi i64 [ %126, %118 ], [ 0, %110 ]
  %121 = phi i8* [ %123, %118 ], [ %107, %110 ]
  %122 = mul nsw i64 %120, 10
  %123 = getelementptr inbounds i8, i8* %121, i64 1
  %124 = sext i8 %119 to i64
  %125 = add nsw i64 %124, -48
  %126 = add i64 %125, %122
  %127 = load i8, i8* %123, align 1, !tbaa !15
  %128 = add i8 %127, -48
  %129 = icmp ult i8 %128, 10
  br i1 %129, label %118, label %130, !llvm.loop !16

130:                                              ; preds = %118, %113
  %131 = phi i8* [ %117, %113 ], [ %123, %118 ]
  %132 = phi i64 [ %115, %113 ], [ %126, %118 ]
  store i8* %131, i8** @cursor, align 8, !tbaa !10
  br label %133

133:                                              ; preds = %130, %110
  %134 = phi i64 [ 0, %110 ], [ %132, %130 ]
  %135 = icmp eq i8 %105, 42
  br i1 %135, label %136, label %138

136:                                              ; preds = %133
  %137 = mul nsw i64 %134, %103
  br label %140

138:                                              ; preds = %133
  %139 = sdiv i64 %103, %134
  br label %140

140:                                              ; preds = %138, %136
  %141 = phi i64 [ %137, %136 ], [ %139, %138 ]
  br label %102, !llvm.loop !17

142:                                              ; preds = %102
  %143 = icmp eq i8 %72, 43
  %144 = sub i64 0, %103
  %145 = select i1 %143, i64 %103, i64 %144
  %146 = add i64 %145, %70
  br label %69, !llvm.loop !18

147:                                              ; preds = %69
  ret i64 %70
}

attributes #0 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!11 = !{!"any pointer", !12, i64 0}
!12 = !{!"omnipotent char", !13, i64 0}
!13 = !{!"Simple C/C++ TBAA"}
!14 = distinct !{!14, !6, !7}
!15 = !{!12, !12, i64 0}
!16 = distinct !{!16, !6, !7}
!17 = distinct !{!17, !6, !7}
!18 = distinct !{!18, !6, !7}
