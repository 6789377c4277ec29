; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/args.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/args.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [9 x i8] c"argc=%d\0A\00", align 1
@.str.1 = private unnamed_addr constant [21 x i8] c"argv[%d]=\22%s\22 (%zu)\0A\00", align 1
@.str.2 = private unnamed_addr constant [15 x i8] c"argv[argc]=%s\0A\00", align 1
@.str.3 = private unnamed_addr constant [5 x i8] c"NULL\00", align 1
@.str.4 = private unnamed_addr constant [9 x i8] c"not NULL\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"vb:\00", align 1
@verbose = internal unnamed_addr global i32 0, align 4
@optarg = external local_unnamed_addr global i8*, align 8
@.str.7 = private unnamed_addr constant [30 x i8] c"verbose=%d base=%d optind=%d\0A\00", align 1
@optind = external local_unnamed_addr global i32, align 4
@.str.8 = private unnamed_addr constant [13 x i8] c"operand: %s\0A\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"PATH\00", align 1
@.str.12 = private unnamed_addr constant [25 x i8] c"level3: exiting with %d\0A\00", align 1
@str = private unnamed_addr constant [8 x i8] c"no PATH\00", align 1
@str.13 = private unnamed_addr constant [11 x i8] c"bad option\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main(i32 noundef %0, i8** noundef %1) local_unnamed_addr #0 {
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([9 x i8], [9 x i8]* @.str, i64 0, i64 0), i32 noundef %0)
  %4 = icmp sgt i32 %0, 1
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = zext i32 %0 to i64
  br label %16

7:                                                ; preds = %16, %2
  %8 = sext i32 %0 to i64
  %9 = getelementptr inbounds i8*, i8** %1, i64 %8
  %10 = load i8*, i8** %9, align 8, !tbaa !5
  %11 = icmp eq i8* %10, null
  %12 = select i1 %11, i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.3, i64 0, i64 0), i8* getelementptr inbounds ([9 x i8], [9 x i8]* @.str.4, i64 0, i64 0)
  %13 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([15 x i8], [15 x i8]* @.str.2, i64 0, i64 0), i8* noundef %12)
  br label %14

14:                                               ; preds = %30, %7
  %15 = phi i32 [ %33, %30 ], [ 3, %7 ]
  br label %25

16:                                               ; preds = %5, %16
  %17 = phi i64 [ 1, %5 ], [ %23, %16 ]
  %18 = getelementptr inbounds i8*, i8** %1, i64 %17
  %19 = load i8*, i8** %18, align 8, !tbaa !5
  %20 = call i64 @strlen(i8* noundef nonnull dereferenceable(1) %19) #8
  %21 = trunc i64 %17 to i32
  %22 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([21 x i8], [21 x i8]* @.str.1, i64 0, i64 0), i32 noundef %21, i8* noundef %19, i64 noundef %20)
  %23 = add nuw nsw i64 %17, 1
  %24 = icmp eq i64 %23, %6
  br i1 %24, label %7, label %16, !llvm.loop !9

25:                                               ; preds = %14, %27
  %26 = call i32 @getopt(i32 noundef %0, i8** noundef %1, i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.5, i64 0, i64 0)) #9
  switch i32 %26, label %34 [
    i32 -1, label %36
    i32 118, label %27
    i32 98, label %30
  ]

27:                                               ; preds = %25
  %28 = load i32, i32* @verbose, align 4, !tbaa !12
  %29 = add nsw i32 %28, 1
  store i32 %29, i32* @verbose, align 4, !tbaa !12
  br label %25, !llvm.loop !14

30:                                               ; preds = %25
  %31 = load i8*, i8** @optarg, align 8, !tbaa !5
  %32 = call i64 @strtol(i8* nocapture noundef nonnull %31, i8** noundef null, i32 noundef 10) #9
  %33 = trunc i64 %32 to i32
  br label %14, !llvm.loop !14

34:                                               ; preds = %25
  %35 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([11 x i8], [11 x i8]* @str.13, i64 0, i64 0))
  ret i32 2

36:                                               ; preds = %25
  %37 = load i32, i32* @verbose, align 4, !tbaa !12
  %38 = load i32, i32* @optind, align 4, !tbaa !12
  %39 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([30 x i8], [30 x i8]* @.str.7, i64 0, i64 0), i32 noundef %37, i32 noundef %15, i32 noundef %38)
  %40 = load i32, i32* @optind, align 4, !tbaa !12
  %41 = icmp slt i32 %40, %0
  br i1 %41, label %42, label %44

42:                                               ; preds = %36
  %43 = sext i32 %40 to i64
  br label %47

44:                                               ; preds = %47, %36
  %45 = call i8* @getenv(i8* noundef getelementptr inbounds ([5 x i8], [5 x i8]* @.str.9, i64 0, i64 0)) #9
  %46 = icmp eq i8* %45, null
  br i1 %46, label %55, label %57

47:                                               ; preds = %42, %47
  %48 = phi i64 [ %43, %42 ], [ %52, %47 ]
  %49 = getelementptr inbounds i8*, i8** %1, i64 %48
  %50 = load i8*, i8** %49, align 8, !tbaa !5
  %51 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([13 x i8], [13 x i8]* @.str.8, i64 0, i64 0), i8* noundef %50)
  %52 = add nsw i64 %48, 1
  %53 = trunc i64 %52 to i32
  %54 = icmp eq i32 %53, %0
  br i1 %54, label %44, label %47, !llvm.loop !15

55:                                               ; preds = %44
  %56 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([8 x i8], [8 x i8]* @str, i64 0, i64 0))
  br label %57

57:                                               ; preds = %55, %44
  %58 = add nsw i32 %15, %0
  %59 = shl nsw i32 %58, 1
  %60 = or i32 %59, 1
  %61 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([25 x i8], [25 x i8]* @.str.12, i64 0, i64 0), i32 noundef %60) #9
  call void @exit(i32 noundef %60) #10
  unreachable
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i64 @strlen(i8* nocapture noundef) local_unnamed_addr #2

; Function Attrs: nounwind
declare i32 @getopt(i32 noundef, i8** noundef, i8* noundef) local_unnamed_addr #3

; Function Attrs: nofree nounwind readonly
declare noundef i8* @getenv(i8* nocapture noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree nounwind willreturn
declare i64 @strtol(i8* noundef readonly, i8** nocapture noundef, i32 noundef) local_unnamed_addr #5

; Function Attrs: noreturn nounwind
declare void @exit(i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #7

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly mustprogress nofree nounwind readonly willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind readonly "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { noreturn nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nofree nounwind }
attributes #8 = { nounwind readonly willreturn }
attributes #9 = { nounwind }
attributes #10 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"any pointer", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"int", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
