; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/strings.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/strings.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.entry = type { i8*, i8*, i32 }

@.str = private unnamed_addr constant [13 x i8] c"hello, world\00", align 1
@greeting = dso_local local_unnamed_addr global i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), align 8
@mutable_text = dso_local global [22 x i8] c"mutable text in .data\00", align 16
@.str.1 = private unnamed_addr constant [4 x i8] c"red\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"orange\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"yellow\00", align 1
@.str.4 = private unnamed_addr constant [6 x i8] c"green\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"blue\00", align 1
@.str.6 = private unnamed_addr constant [7 x i8] c"indigo\00", align 1
@.str.7 = private unnamed_addr constant [7 x i8] c"violet\00", align 1
@colors = dso_local constant [7 x i8*] [i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.2, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.3, i32 0, i32 0), i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.4, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.5, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.6, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.7, i32 0, i32 0)], align 16
@.str.8 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"uno\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"dos\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@.str.13 = private unnamed_addr constant [5 x i8] c"tres\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"four\00", align 1
@.str.15 = private unnamed_addr constant [7 x i8] c"cuatro\00", align 1
@dictionary = dso_local local_unnamed_addr constant [4 x %struct.entry] [%struct.entry { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.8, i32 0, i32 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.9, i32 0, i32 0), i32 1 }, %struct.entry { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.10, i32 0, i32 0), i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.11, i32 0, i32 0), i32 2 }, %struct.entry { i8* getelementptr inbounds ([6 x i8], [6 x i8]* @.str.12, i32 0, i32 0), i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.13, i32 0, i32 0), i32 3 }, %struct.entry { i8* getelementptr inbounds ([5 x i8], [5 x i8]* @.str.14, i32 0, i32 0), i8* getelementptr inbounds ([7 x i8], [7 x i8]* @.str.15, i32 0, i32 0), i32 4 }], align 16
@favourite = dso_local local_unnamed_addr global i8** getelementptr inbounds ([7 x i8*], [7 x i8*]* @colors, i64 0, i64 4), align 8
@tail_of_greeting = dso_local local_unnamed_addr global i8* getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 7), align 8
@.str.16 = private unnamed_addr constant [10 x i8] c"%s (%zu)\0A\00", align 1
@.str.18 = private unnamed_addr constant [5 x i8] c"%s%s\00", align 1
@.str.19 = private unnamed_addr constant [2 x i8] c",\00", align 1
@.str.20 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.21 = private unnamed_addr constant [33 x i8] c" total=%zu favourite=%s tail=%s\0A\00", align 1
@.str.22 = private unnamed_addr constant [6 x i8] c"%-9s|\00", align 1
@keywords = internal constant [6 x [10 x i8]] [[10 x i8] c"auto\00\00\00\00\00\00", [10 x i8] c"break\00\00\00\00\00", [10 x i8] c"case\00\00\00\00\00\00", [10 x i8] c"char\00\00\00\00\00\00", [10 x i8] c"const\00\00\00\00\00", [10 x i8] c"continue\00\00"], align 16
@.str.24 = private unnamed_addr constant [29 x i8] c"three->%s four->%s five->%s\0A\00", align 1
@.str.25 = private unnamed_addr constant [5 x i8] c"five\00", align 1
@buffer = internal global [64 x i8] zeroinitializer, align 16
@.str.27 = private unnamed_addr constant [31 x i8] c"buffer=%s strstr=%s strchr=%s\0A\00", align 1
@.str.28 = private unnamed_addr constant [4 x i8] c"wor\00", align 1
@.str.29 = private unnamed_addr constant [7 x i8] c"(none)\00", align 1

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = load i8*, i8** @greeting, align 8, !tbaa !5
  %2 = call i64 @strlen(i8* noundef nonnull dereferenceable(1) %1) #5
  %3 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([10 x i8], [10 x i8]* @.str.16, i64 0, i64 0), i8* noundef %1, i64 noundef %2)
  br label %4

4:                                                ; preds = %10, %0
  %5 = phi i8* [ getelementptr inbounds ([22 x i8], [22 x i8]* @mutable_text, i64 0, i64 0), %0 ], [ %11, %10 ]
  %6 = load i8, i8* %5, align 1, !tbaa !9
  switch i8 %6, label %10 [
    i8 0, label %7
    i8 32, label %9
  ]

7:                                                ; preds = %4
  %8 = call i32 @puts(i8* nonnull dereferenceable(1) getelementptr inbounds ([22 x i8], [22 x i8]* @mutable_text, i64 0, i64 0))
  br label %17

9:                                                ; preds = %4
  store i8 95, i8* %5, align 1, !tbaa !9
  br label %10

10:                                               ; preds = %4, %9
  %11 = getelementptr inbounds i8, i8* %5, i64 1
  br label %4, !llvm.loop !10

12:                                               ; preds = %17
  %13 = load i8**, i8*** @favourite, align 8, !tbaa !5
  %14 = load i8*, i8** %13, align 8, !tbaa !5
  %15 = load i8*, i8** @tail_of_greeting, align 8, !tbaa !5
  %16 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([33 x i8], [33 x i8]* @.str.21, i64 0, i64 0), i64 noundef %26, i8* noundef %14, i8* noundef %15)
  br label %85

17:                                               ; preds = %7, %17
  %18 = phi i64 [ 0, %7 ], [ %27, %17 ]
  %19 = phi i64 [ 0, %7 ], [ %26, %17 ]
  %20 = icmp eq i64 %18, 0
  %21 = select i1 %20, i8* getelementptr inbounds ([1 x i8], [1 x i8]* @.str.20, i64 0, i64 0), i8* getelementptr inbounds ([2 x i8], [2 x i8]* @.str.19, i64 0, i64 0)
  %22 = getelementptr inbounds [7 x i8*], [7 x i8*]* @colors, i64 0, i64 %18
  %23 = load i8*, i8** %22, align 8, !tbaa !5
  %24 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.18, i64 0, i64 0), i8* noundef %21, i8* noundef %23)
  %25 = call i64 @strlen(i8* noundef nonnull dereferenceable(1) %23) #5
  %26 = add i64 %25, %19
  %27 = add nuw nsw i64 %18, 1
  %28 = icmp eq i64 %27, 7
  br i1 %28, label %12, label %17, !llvm.loop !13

29:                                               ; preds = %85
  %30 = call i32 @putchar(i32 10)
  br label %31

31:                                               ; preds = %40, %29
  %32 = phi i64 [ 0, %29 ], [ %41, %40 ]
  %33 = getelementptr inbounds [4 x %struct.entry], [4 x %struct.entry]* @dictionary, i64 0, i64 %32, i32 0
  %34 = load i8*, i8** %33, align 8, !tbaa !14
  %35 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %34, i8* noundef nonnull dereferenceable(6) getelementptr inbounds ([6 x i8], [6 x i8]* @.str.12, i64 0, i64 0)) #5
  %36 = icmp eq i32 %35, 0
  br i1 %36, label %37, label %40

37:                                               ; preds = %31
  %38 = getelementptr inbounds [4 x %struct.entry], [4 x %struct.entry]* @dictionary, i64 0, i64 %32, i32 1
  %39 = load i8*, i8** %38, align 8, !tbaa !17
  br label %43

40:                                               ; preds = %31
  %41 = add nuw nsw i64 %32, 1
  %42 = icmp eq i64 %41, 4
  br i1 %42, label %43, label %31, !llvm.loop !18

43:                                               ; preds = %40, %37
  %44 = phi i8* [ %39, %37 ], [ getelementptr inbounds ([7 x i8], [7 x i8]* @.str.29, i64 0, i64 0), %40 ]
  br label %45

45:                                               ; preds = %54, %43
  %46 = phi i64 [ 0, %43 ], [ %55, %54 ]
  %47 = getelementptr inbounds [4 x %struct.entry], [4 x %struct.entry]* @dictionary, i64 0, i64 %46, i32 0
  %48 = load i8*, i8** %47, align 8, !tbaa !14
  %49 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %48, i8* noundef nonnull dereferenceable(5) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.14, i64 0, i64 0)) #5
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %51, label %54

51:                                               ; preds = %45
  %52 = getelementptr inbounds [4 x %struct.entry], [4 x %struct.entry]* @dictionary, i64 0, i64 %46, i32 1
  %53 = load i8*, i8** %52, align 8, !tbaa !17
  br label %57

54:                                               ; preds = %45
  %55 = add nuw nsw i64 %46, 1
  %56 = icmp eq i64 %55, 4
  br i1 %56, label %57, label %45, !llvm.loop !18

57:                                               ; preds = %54, %51
  %58 = phi i8* [ %53, %51 ], [ getelementptr inbounds ([7 x i8], [7 x i8]* @.str.29, i64 0, i64 0), %54 ]
  br label %59

59:                                               ; preds = %68, %57
  %60 = phi i64 [ 0, %57 ], [ %69, %68 ]
  %61 = getelementptr inbounds [4 x %struct.entry], [4 x %struct.entry]* @dictionary, i64 0, i64 %60, i32 0
  %62 = load i8*, i8** %61, align 8, !tbaa !14
  %63 = call i32 @strcmp(i8* noundef nonnull dereferenceable(1) %62, i8* noundef nonnull dereferenceable(5) getelementptr inbounds ([5 x i8], [5 x i8]* @.str.25, i64 0, i64 0)) #5
  %64 = icmp eq i32 %63, 0
  br i1 %64, label %65, label %68

65:                                               ; preds = %59
  %66 = getelementptr inbounds [4 x %struct.entry], [4 x %struct.entry]* @dictionary, i64 0, i64 %60, i32 1
  %67 = load i8*, i8** %66, align 8, !tbaa !17
  br label %71

68:                                               ; preds = %59
  %69 = add nuw nsw i64 %60, 1
  %70 = icmp eq i64 %69, 4
  br i1 %70, label %71, label %59, !llvm.loop !18

71:                                               ; preds = %68, %65
  %72 = phi i8* [ %67, %65 ], [ getelementptr inbounds ([7 x i8], [7 x i8]* @.str.29, i64 0, i64 0), %68 ]
  %73 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([29 x i8], [29 x i8]* @.str.24, i64 0, i64 0), i8* noundef %44, i8* noundef %58, i8* noundef %72)
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(7) getelementptr inbounds ([64 x i8], [64 x i8]* @buffer, i64 0, i64 0), i8* noundef nonnull align 1 dereferenceable(7) getelementptr inbounds ([7 x i8], [7 x i8]* @.str.3, i64 0, i64 0), i64 7, i1 false) #6
  %74 = call i64 @strlen(i8* nonnull dereferenceable(1) getelementptr inbounds ([64 x i8], [64 x i8]* @buffer, i64 0, i64 0))
  %75 = getelementptr [64 x i8], [64 x i8]* @buffer, i64 0, i64 %74
  %76 = bitcast i8* %75 to i16*
  store i16 45, i16* %76, align 1
  %77 = call i64 @strlen(i8* nonnull dereferenceable(1) getelementptr inbounds ([64 x i8], [64 x i8]* @buffer, i64 0, i64 0))
  %78 = getelementptr [64 x i8], [64 x i8]* @buffer, i64 0, i64 %77
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(7) %78, i8* noundef nonnull align 1 dereferenceable(7) getelementptr inbounds ([7 x i8], [7 x i8]* @.str.15, i64 0, i64 0), i64 7, i1 false)
  %79 = load i8*, i8** @greeting, align 8, !tbaa !5
  %80 = call i8* @strstr(i8* noundef nonnull dereferenceable(1) %79, i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([4 x i8], [4 x i8]* @.str.28, i64 0, i64 0)) #5
  %81 = call i8* @strchr(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([64 x i8], [64 x i8]* @buffer, i64 0, i64 0), i32 noundef 45) #5
  %82 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([31 x i8], [31 x i8]* @.str.27, i64 0, i64 0), i8* noundef getelementptr inbounds ([64 x i8], [64 x i8]* @buffer, i64 0, i64 0), i8* noundef %80, i8* noundef %81)
  %83 = trunc i64 %26 to i32
  %84 = and i32 %83, 255
  ret i32 %84

85:                                               ; preds = %12, %85
  %86 = phi i64 [ 0, %12 ], [ %89, %85 ]
  %87 = getelementptr inbounds [6 x [10 x i8]], [6 x [10 x i8]]* @keywords, i64 0, i64 %86, i64 0
  %88 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([6 x i8], [6 x i8]* @.str.22, i64 0, i64 0), i8* noundef nonnull %87)
  %89 = add nuw nsw i64 %86, 1
  %90 = icmp eq i64 %89, 6
  br i1 %90, label %29, label %85, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #1

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i64 @strlen(i8* nocapture noundef) local_unnamed_addr #2

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i8* @strstr(i8* noundef, i8* nocapture noundef) local_unnamed_addr #2

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i8* @strchr(i8* noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i32 @strcmp(i8* nocapture noundef, i8* nocapture noundef) local_unnamed_addr #2

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) local_unnamed_addr #3

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #3

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #4

attributes #0 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly mustprogress nofree nounwind readonly willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind }
attributes #4 = { argmemonly nofree nounwind willreturn }
attributes #5 = { nounwind readonly willreturn }
attributes #6 = { nounwind }

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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = !{!15, !6, i64 0}
!15 = !{!"entry", !6, i64 0, !6, i64 8, !16, i64 16}
!16 = !{!"int", !7, i64 0}
!17 = !{!15, !6, i64 8}
!18 = distinct !{!18, !11, !12}
!19 = distinct !{!19, !11, !12}
