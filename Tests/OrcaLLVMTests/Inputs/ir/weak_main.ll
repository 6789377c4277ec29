; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/weak_main.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/weak_main.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"weak default greeting\00", align 1
@tuning = weak dso_local local_unnamed_addr global i32 1, align 4
@.str.1 = private unnamed_addr constant [29 x i8] c"weak default farewell (kept)\00", align 1
@kept_value = weak dso_local local_unnamed_addr global i32 5, align 4
@.str.2 = private unnamed_addr constant [14 x i8] c"greeting: %s\0A\00", align 1
@.str.3 = private unnamed_addr constant [14 x i8] c"farewell: %s\0A\00", align 1
@.str.4 = private unnamed_addr constant [29 x i8] c"tuning=%d kept=%d helper=%d\0A\00", align 1
@.str.7 = private unnamed_addr constant [24 x i8] c"optional_counter is %s\0A\00", align 1
@optional_counter = extern_weak global i32, align 4
@.str.8 = private unnamed_addr constant [8 x i8] c"present\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"NULL\00", align 1
@str = private unnamed_addr constant [22 x i8] c"optional_hook is NULL\00", align 1
@str.10 = private unnamed_addr constant [25 x i8] c"optional_hook is present\00", align 1

; Function Attrs: nounwind uwtable
define weak dso_local i8* @greeting() local_unnamed_addr #0 {
  ret i8* getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0)
}

; Function Attrs: nounwind uwtable
define weak dso_local i8* @farewell() local_unnamed_addr #0 {
  ret i8* getelementptr inbounds ([29 x i8], [29 x i8]* @.str.1, i64 0, i64 0)
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = call i8* @greeting()
  %2 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([14 x i8], [14 x i8]* @.str.2, i64 0, i64 0), i8* noundef %1)
  %3 = call i8* @farewell()
  %4 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([14 x i8], [14 x i8]* @.str.3, i64 0, i64 0), i8* noundef %3)
  %5 = load i32, i32* @tuning, align 4, !tbaa !5
  %6 = load i32, i32* @kept_value, align 4, !tbaa !5
  %7 = call i32 @strong_helper(i32 noundef 4) #4
  %8 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([29 x i8], [29 x i8]* @.str.4, i64 0, i64 0), i32 noundef %5, i32 noundef %6, i32 noundef %7)
  br i1 icmp ne (void ()* @optional_hook, void ()* null), label %9, label %11

9:                                                ; preds = %0
  %10 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([25 x i8], [25 x i8]* @str.10, i64 0, i64 0))
  call void @optional_hook() #4
  br label %13

11:                                               ; preds = %0
  %12 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([22 x i8], [22 x i8]* @str, i64 0, i64 0))
  br label %13

13:                                               ; preds = %11, %9
  %14 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([24 x i8], [24 x i8]* @.str.7, i64 0, i64 0), i8* noundef select (i1 icmp ne (i32* @optional_counter, i32* null), i8* getelementptr inbounds ([8 x i8], [8 x i8]* @.str.8, i64 0, i64 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.9, i64 0, i64 0)))
  %15 = load i32, i32* @tuning, align 4, !tbaa !5
  %16 = load i32, i32* @kept_value, align 4, !tbaa !5
  %17 = add nsw i32 %16, %15
  ret i32 %17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #1

declare i32 @strong_helper(i32 noundef) local_unnamed_addr #2

declare extern_weak void @optional_hook() #2

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #3

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind }
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
