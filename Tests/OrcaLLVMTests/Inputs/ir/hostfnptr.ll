; ModuleID = 'Tests/OrcaLinkTests/Inputs/programs/hostfnptr.c'
source_filename = "Tests/OrcaLinkTests/Inputs/programs/hostfnptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@print_fns = dso_local local_unnamed_addr constant [1 x i32 (i8*)*] [i32 (i8*)* @puts], align 8
@pick_print = internal global i32 (i8*)* null, align 8
@pick_compare = internal global i32 (i8*, i8*)* null, align 8
@pick_free = internal global void (i8*)* null, align 8
@.str = private unnamed_addr constant [37 x i8] c"puts through a pointer taken in code\00", align 1
@.str.1 = private unnamed_addr constant [30 x i8] c"strcmp through a pointer: %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"abc\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"abd\00", align 1
@.str.4 = private unnamed_addr constant [32 x i8] c"same puts in code and data: %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"b\00", align 1
@.str.6 = private unnamed_addr constant [2 x i8] c"a\00", align 1

; Function Attrs: nofree nounwind
declare noundef i32 @puts(i8* nocapture noundef readonly) #0

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  store volatile i32 (i8*)* @puts, i32 (i8*)** @pick_print, align 8, !tbaa !5
  store volatile i32 (i8*, i8*)* @strcmp, i32 (i8*, i8*)** @pick_compare, align 8, !tbaa !5
  store volatile void (i8*)* @free, void (i8*)** @pick_free, align 8, !tbaa !5
  %1 = load volatile i32 (i8*)*, i32 (i8*)** @pick_print, align 8, !tbaa !5
  %2 = call i32 %1(i8* noundef getelementptr inbounds ([37 x i8], [37 x i8]* @.str, i64 0, i64 0)) #5
  %3 = load volatile i32 (i8*, i8*)*, i32 (i8*, i8*)** @pick_compare, align 8, !tbaa !5
  %4 = call i32 %3(i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.2, i64 0, i64 0), i8* noundef getelementptr inbounds ([4 x i8], [4 x i8]* @.str.3, i64 0, i64 0)) #5
  %5 = lshr i32 %4, 31
  %6 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([30 x i8], [30 x i8]* @.str.1, i64 0, i64 0), i32 noundef %5)
  %7 = load volatile void (i8*)*, void (i8*)** @pick_free, align 8, !tbaa !5
  %8 = call noalias dereferenceable_or_null(16) i8* @malloc(i64 noundef 16) #5
  call void %7(i8* noundef %8) #5
  %9 = load volatile i32 (i8*)*, i32 (i8*)** @pick_print, align 8, !tbaa !5
  %10 = icmp eq i32 (i8*)* %9, @puts
  %11 = zext i1 %10 to i32
  %12 = call i32 (i8*, ...) @printf(i8* noundef nonnull dereferenceable(1) getelementptr inbounds ([32 x i8], [32 x i8]* @.str.4, i64 0, i64 0), i32 noundef %11)
  %13 = load volatile i32 (i8*, i8*)*, i32 (i8*, i8*)** @pick_compare, align 8, !tbaa !5
  %14 = call i32 %13(i8* noundef getelementptr inbounds ([2 x i8], [2 x i8]* @.str.5, i64 0, i64 0), i8* noundef getelementptr inbounds ([2 x i8], [2 x i8]* @.str.6, i64 0, i64 0)) #5
  %15 = icmp sgt i32 %14, 0
  %16 = select i1 %15, i32 12, i32 0
  ret i32 %16
}

; Function Attrs: argmemonly mustprogress nofree nounwind readonly willreturn
declare i32 @strcmp(i8* nocapture noundef, i8* nocapture noundef) #2

; Function Attrs: inaccessiblemem_or_argmemonly mustprogress nounwind willreturn
declare void @free(i8* nocapture noundef) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(i8* nocapture noundef readonly, ...) local_unnamed_addr #0

; Function Attrs: inaccessiblememonly mustprogress nofree nounwind willreturn
declare noalias noundef i8* @malloc(i64 noundef) local_unnamed_addr #4

attributes #0 = { nofree nounwind "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly mustprogress nofree nounwind readonly willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { inaccessiblemem_or_argmemonly mustprogress nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { inaccessiblememonly mustprogress nofree nounwind willreturn "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
