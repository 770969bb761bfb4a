; Hand-written IR in the shape of the lowering of defer/recover (docs/abi.md): main.g defers
; main.main.func1 (recover) and main.main.func2, then calls main.f, which panics 3 frames deeper.
%TD = type { i64, i64, i32, i8, i8, i16, { ptr, i64 }, ptr, i64 }

@name.string = private constant [6 x i8] c"string"
@"type:string" = linkonce_odr constant %TD { i64 16, i64 8, i32 0, i8 8, i8 24, i16 0, { ptr, i64 } { ptr @name.string, i64 6 }, ptr null, i64 0 }
@boom.bytes = private constant [4 x i8] c"boom"
@boom = private constant { ptr, i64 } { ptr @boom.bytes, i64 4 }
@msg.rec = private constant [10 x i8] c"recovered "
@msg.after = private constant [13 x i8] c"main resumed\0A"
@msg.d2 = private constant [15 x i8] c"second defer \0A\00"

declare void @"runtime.deferproc"(ptr, ptr)
declare ptr @"runtime.deferpop"(ptr)
declare { i64, i64 } @"runtime.gorecover"(ptr)
declare zeroext i8 @"runtime.panicrecovered"(ptr)
declare void @"runtime.unwindresume"(ptr) noreturn
declare void @"runtime.gopanic"(ptr, ptr) noreturn
declare void @"runtime.printstring"(ptr, i64)
declare void @"runtime.printnl"()
declare ptr @llvm.frameaddress.p0(i32)
declare i32 @ergo_personality(...)

define void @"main.main.func1"(ptr nest %ctx) #0 {
  %fp = call ptr @llvm.frameaddress.p0(i32 1)
  %r = call { i64, i64 } @"runtime.gorecover"(ptr %fp)
  %t = extractvalue { i64, i64 } %r, 0
  %d = extractvalue { i64, i64 } %r, 1
  %isnil = icmp eq i64 %t, 0
  br i1 %isnil, label %none, label %some
some:
  %dp = inttoptr i64 %d to ptr
  %s = load { ptr, i64 }, ptr %dp
  %s0 = extractvalue { ptr, i64 } %s, 0
  %s1 = extractvalue { ptr, i64 } %s, 1
  call void @"runtime.printstring"(ptr @msg.rec, i64 10)
  call void @"runtime.printstring"(ptr %s0, i64 %s1)
  call void @"runtime.printnl"()
  ret void
none:
  ret void
}
@"main.main.func1·f" = constant { ptr } { ptr @"main.main.func1" }

define void @"main.main.func2"(ptr nest %ctx) #0 {
  call void @"runtime.printstring"(ptr @msg.d2, i64 14)
  ret void
}
@"main.main.func2·f" = constant { ptr } { ptr @"main.main.func2" }

define void @"main.f"(i64 %depth) #0 {
  %z = icmp eq i64 %depth, 0
  br i1 %z, label %boom, label %rec
boom:
  call void @"runtime.gopanic"(ptr @"type:string", ptr @boom)
  unreachable
rec:
  %d1 = sub i64 %depth, 1
  call void @"main.f"(i64 %d1)
  ret void
}

define void @"main.g"() #0 personality ptr @ergo_personality {
entry:
  %fp = call ptr @llvm.frameaddress.p0(i32 0)
  call void @"runtime.deferproc"(ptr %fp, ptr @"main.main.func1·f")
  call void @"runtime.deferproc"(ptr %fp, ptr @"main.main.func2·f")
  invoke void @"main.f"(i64 3) to label %normal unwind label %lpad
normal:
  br label %nloop
nloop:
  %nfn = call ptr @"runtime.deferpop"(ptr %fp)
  %nz = icmp eq ptr %nfn, null
  br i1 %nz, label %return, label %ncall
ncall:
  %ncode = load ptr, ptr %nfn
  call void %ncode(ptr nest %nfn)
  br label %nloop
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  %exc = extractvalue { ptr, i32 } %lp, 0
  br label %loop
loop:
  %fn = call ptr @"runtime.deferpop"(ptr %fp)
  %isz = icmp eq ptr %fn, null
  br i1 %isz, label %done, label %call
call:
  %code = load ptr, ptr %fn
  invoke void %code(ptr nest %fn) to label %loop unwind label %lpad
done:
  %rec = call zeroext i8 @"runtime.panicrecovered"(ptr %exc)
  %b = icmp ne i8 %rec, 0
  br i1 %b, label %return, label %resume
return:
  ret void
resume:
  call void @"runtime.unwindresume"(ptr %exc)
  unreachable
}

define void @"main.main"() #0 {
  call void @"main.g"()
  call void @"runtime.printstring"(ptr @msg.after, i64 13)
  ret void
}

define void @"ergo.inittasks"() #0 {
  ret void
}

attributes #0 = { "frame-pointer"="all" "disable-tail-calls"="true" uwtable }
