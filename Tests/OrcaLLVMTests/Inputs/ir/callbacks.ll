; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/callbacks.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/callbacks.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.op = type { i8*, i8, i32 (i32, i32)* }
%struct.handlers = type { void (i8*)*, i32 (i32)*, void (i32)* }

@.str = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"div\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"mod\00", align 1
@ops = dso_local local_unnamed_addr global [5 x %struct.op] [%struct.op { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str, i32 0, i32 0), i8 43, i32 (i32, i32)* @add }, %struct.op { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.1, i32 0, i32 0), i8 45, i32 (i32, i32)* @sub }, %struct.op { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.2, i32 0, i32 0), i8 42, i32 (i32, i32)* @mul }, %struct.op { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.3, i32 0, i32 0), i8 47, i32 (i32, i32)* @divide }, %struct.op { i8* getelementptr inbounds ([4 x i8], [4 x i8]* @.str.4, i32 0, i32 0), i8 37, i32 (i32, i32)* @modulo }], align 16
@op_count = dso_local local_unnamed_addr constant i32 5, align 4
@length_fns = dso_local local_unnamed_addr constant [1 x i64 (i8*)*] [i64 (i8*)* @strlen], align 8
@print_fns = dso_local local_unnamed_addr constant [1 x i32 (i8*)*] [i32 (i8*)* @puts], align 8
@default_handlers = internal constant %struct.handlers { void (i8*)* @start, i32 (i32)* @item, void (i32)* @end }, align 8
@current_handlers = dso_local global %struct.handlers* @default_handlers, align 8
@handlers_ref = dso_local local_unnamed_addr global %struct.handlers** @current_handlers, align 8
@.str.5 = private unnamed_addr constant [18 x i8] c"%s: 17 %c 5 = %d\0A\00", align 1
@__const.main.xs = private unnamed_addr constant [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], align 16
@.str.6 = private unnamed_addr constant [8 x i8] c"squares\00", align 1
@.str.7 = private unnamed_addr constant [27 x i8] c"table strlen(\22hello\22)=%zu\0A\00", align 1
@.str.9 = private unnamed_addr constant [21 x i8] c"puts through a table\00", align 1
@.str.10 = private unnamed_addr constant [10 x i8] c"start %s\0A\00", align 1
@.str.11 = private unnamed_addr constant [14 x i8] c"end total=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @divide(i32 noundef %0, i32 noundef %1) #0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %2
  %5 = sdiv i32 %0, %1
  br label %6

6:                                                ; preds = %2, %4
  %7 = phi i32 [ %5, %4 ], [ 0, %2 ]
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @modulo(i32 noundef %0, i32 noundef %1) #0 {
  %3 = icmp eq i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %2
  %5 = srem i32 %0, %1
  br label %6

6:                                                ; preds = %2, %4
  %7 = phi i32 [ %5, %4 ], [ 0, %2 ]
  ret i32 %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define internal i32 @add(i32 noundef %0, i32 noundef %1) #0 {
  %3 = add nsw i32 %1, %0
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define internal i32 @sub(i32 noundef %0, i32 noundef %1) #0 {
  %3 = sub nsw i32 %0, %1
  ret i32 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define internal i32 @mul(i32 noundef %0, i32 noundef %1) #0 {
  %3 = mul nsw i32 %1, %0
  ret i32 %3
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i64 @strlen(i8* nocapture noundef) #1

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) #2

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  br label %24

1:                                                ; preds = %24
  %2 = load %struct.handlers**, %struct.handlers*** @handlers_ref, align 8, !tbaa !5
  %3 = load %struct.handlers*, %struct.handlers** %2, align 8, !tbaa !5
  %4 = getelementptr inbounds %struct.handlers, %struct.handlers* %3, i64 0, i32 0
  %5 = load void (i8*)*, void (i8*)** %4, align 8, !tbaa !9
  call void %5(i8* noundef getelementptr inbounds ([8 x i8], [8 x i8]* @.str.6, i64 0, i64 0)) #5
  %6 = getelementptr inbounds %struct.handlers, %struct.handlers* %3, i64 0, i32 2
  %7 = load void (i32)*, void (i32)** %6, align 8, !tbaa !11
  %8 = getelementptr inbounds %struct.handlers, %struct.handlers* %3, i64 0, i32 1
  %9 = load i32 (i32)*, i32 (i32)** %8, align 8, !tbaa !12
  br label %10

10:                                               ; preds = %10, %1
  %11 = phi i64 [ 0, %1 ], [ %17, %10 ]
  %12 = phi i32 [ 0, %1 ], [ %16, %10 ]
  %13 = getelementptr inbounds [5 x i32], [5 x i32]* @__const.main.xs, i64 0, i64 %11
  %14 = load i32, i32* %13, align 4, !tbaa !13
  %15 = call i32 %9(i32 noundef %14) #5
  %16 = add nsw i32 %15, %12
  %17 = add nuw nsw i64 %11, 1
  %18 = icmp eq i64 %17, 5
  br i1 %18, label %19, label %10, !llvm.loop !15

19:                                               ; preds = %10
  call void %7(i32 noundef %16) #5
  %20 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([27 x i8], [27 x i8]* @.str.7, i64 0, i64 0), i64 noundef 5)
  %21 = call i32 @puts(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([21 x i8], [21 x i8]* @.str.9, i64 0, i64 0))
  %22 = load i32 (i32, i32)*, i32 (i32, i32)** getelementptr inbounds ([5 x %struct.op], [5 x %struct.op]* @ops, i64 0, i64 2, i32 2), align 16, !tbaa !18
  %23 = call i32 %22(i32 noundef 3, i32 noundef 3) #5
  ret i32 %23

24:                                               ; preds = %0, %24
  %25 = phi i64 [ 0, %0 ], [ %35, %24 ]
  %26 = getelementptr inbounds [5 x %struct.op], [5 x %struct.op]* @ops, i64 0, i64 %25, i32 0
  %27 = load i8*, i8** %26, align 8, !tbaa !20
  %28 = getelementptr inbounds [5 x %struct.op], [5 x %struct.op]* @ops, i64 0, i64 %25, i32 1
  %29 = load i8, i8* %28, align 8, !tbaa !21
  %30 = sext i8 %29 to i32
  %31 = getelementptr inbounds [5 x %struct.op], [5 x %struct.op]* @ops, i64 0, i64 %25, i32 2
  %32 = load i32 (i32, i32)*, i32 (i32, i32)** %31, align 8, !tbaa !18
  %33 = call i32 %32(i32 noundef 17, i32 noundef 5) #5
  %34 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([18 x i8], [18 x i8]* @.str.5, i64 0, i64 0), i8* noundef %27, i32 noundef %30, i32 noundef %33)
  %35 = add nuw nsw i64 %25, 1
  %36 = icmp eq i64 %35, 5
  br i1 %36, label %1, label %24, !llvm.loop !22
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: nofree nounwind uwtable
define internal void @start(i8* noundef %0) #4 {
  %2 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([10 x i8], [10 x i8]* @.str.10, i64 0, i64 0), i8* noundef %0)
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define internal i32 @item(i32 noundef %0) #0 {
  %2 = mul nsw i32 %0, %0
  ret i32 %2
}

; Function Attrs: nofree nounwind uwtable
define internal void @end(i32 noundef %0) #4 {
  %2 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([14 x i8], [14 x i8]* @.str.11, i64 0, i64 0), i32 noundef %0)
  ret void
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nounwind readonly willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
!9 = !{!10, !6, i64 0}
!10 = !{!"handlers", !6, i64 0, !6, i64 8, !6, i64 16}
!11 = !{!10, !6, i64 16}
!12 = !{!10, !6, i64 8}
!13 = !{!14, !14, i64 0}
!14 = !{!"int", !7, i64 0}
!15 = distinct !{!15, !16, !17}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = !{!19, !6, i64 16}
!19 = !{!"op", !6, i64 0, !7, i64 8, !6, i64 16}
!20 = !{!19, !6, i64 0}
!21 = !{!19, !7, i64 8}
!22 = distinct !{!22, !16, !17}
