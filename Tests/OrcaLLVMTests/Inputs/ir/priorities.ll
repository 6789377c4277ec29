; ModuleID = 'Tests/OrcaLinkTests/Inputs/lifetime/priorities.c'
source_filename = "Tests/OrcaLinkTests/Inputs/lifetime/priorities.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [29 x i8] c"constructor without priority\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"constructor(200)\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"constructor(101)\00", align 1
@by_hand_entry = internal global void ()* @by_hand, section ".init_array", align 8
@.str.3 = private unnamed_addr constant [16 x i8] c"destructor(101)\00", align 1
@.str.4 = private unnamed_addr constant [28 x i8] c"destructor without priority\00", align 1
@.str.5 = private unnamed_addr constant [16 x i8] c"destructor(200)\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"order %s\0A\00", align 1
@order_ok = internal unnamed_addr global i1 false, align 4
@.str.7 = private unnamed_addr constant [12 x i8] c"as expected\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"WRONG\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"main\00", align 1
@.str.10 = private unnamed_addr constant [13 x i8] c"main returns\00", align 1
@step = internal unnamed_addr global i32 0, align 4
@.str.11 = private unnamed_addr constant [8 x i8] c"%2d %s\0A\00", align 1
@.str.12 = private unnamed_addr constant [25 x i8] c"init_array entry by hand\00", align 1
@.str.13 = private unnamed_addr constant [15 x i8] c"atexit handler\00", align 1
@llvm.global_ctors = appending global [3 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 65535, void ()* @ctor_default, i8* null }, { i32, void ()*, i8* } { i32 200, void ()* @ctor_200, i8* null }, { i32, void ()*, i8* } { i32 101, void ()* @ctor_101, i8* null }]
@llvm.global_dtors = appending global [3 x { i32, void ()*, i8* }] [{ i32, void ()*, i8* } { i32 101, void ()* @dtor_101, i8* null }, { i32, void ()*, i8* } { i32 65535, void ()* @dtor_default, i8* null }, { i32, void ()*, i8* } { i32 200, void ()* @dtor_200, i8* null }]
@llvm.compiler.used = appending global [1 x i8*] [i8* bitcast (void ()** @by_hand_entry to i8*)], section "llvm.metadata"

; Function Attrs: nofree nounwind uwtable
define internal void @ctor_default() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 3
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([29 x i8], [29 x i8]* @.str, i64 0, i64 0)) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @ctor_200() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 2
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.1, i64 0, i64 0)) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @ctor_101() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([17 x i8], [17 x i8]* @.str.2, i64 0, i64 0)) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @by_hand() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 4
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([25 x i8], [25 x i8]* @.str.12, i64 0, i64 0)) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @dtor_101() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 10
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.3, i64 0, i64 0)) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @dtor_default() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 8
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([28 x i8], [28 x i8]* @.str.4, i64 0, i64 0)) #4
  ret void
}

; Function Attrs: nofree nounwind uwtable
define internal void @dtor_200() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 9
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str.5, i64 0, i64 0)) #4
  %7 = load i1, i1* @order_ok, align 4
  %8 = select i1 %7, i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.8, i64 0, i64 0), i8* getelementptr inbounds ([12 x i8], [12 x i8]* @.str.7, i64 0, i64 0)
  %9 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([10 x i8], [10 x i8]* @.str.6, i64 0, i64 0), i8* noundef %8)
  ret void
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 5
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.9, i64 0, i64 0)) #4
  %7 = call i32 @atexit(void ()* noundef nonnull @handler) #4
  %8 = load i32, i32* @step, align 4, !tbaa !5
  %9 = add nsw i32 %8, 1
  store i32 %9, i32* @step, align 4, !tbaa !5
  %10 = icmp eq i32 %9, 6
  br i1 %10, label %12, label %11

11:                                               ; preds = %5
  store i1 true, i1* @order_ok, align 4
  br label %12

12:                                               ; preds = %5, %11
  %13 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %9, i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str.10, i64 0, i64 0)) #4
  ret i32 11
}

; Function Attrs: nounwind
declare i32 @atexit(void ()* noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind uwtable
define internal void @handler() #0 {
  %1 = load i32, i32* @step, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @step, align 4, !tbaa !5
  %3 = icmp eq i32 %2, 7
  br i1 %3, label %5, label %4

4:                                                ; preds = %0
  store i1 true, i1* @order_ok, align 4
  br label %5

5:                                                ; preds = %0, %4
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @.str.11, i64 0, i64 0), i32 noundef %2, i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str.13, i64 0, i64 0)) #4
  ret void
}

attributes #0 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
