// LifetimeRemovalTests.swift — program lifetime through the Swift API, in process: initializers
// run before a lookup returns (or by `initialize(_:)`), destructors registered by JIT'd code
// (atexit, __cxa_atexit with Orca's __dso_handle, C++ static objects, function-local statics)
// and .fini_array run once when their tracker is removed, follow a transfer, and run at session
// end; exception frames are registered for as long as their code lives (checked with libgcc's
// _Unwind_Find_FDE before anything throws, so that a missing frame fails a test instead of
// ending the process); everything lifetime-bearing code took is given back; and removing the
// provider of a weak definition must not leave other trackers' code bound to freed memory.
//
// The JIT'd code reports to the test through `host_log(channel, event)`, an absolute symbol
// bound to a Swift `@convention(c)` closure that appends to a process-wide log. Each test uses
// a channel of its own (compiled into its objects), so tests running in parallel do not mix.

import Foundation
import OrcaCore
import OrcaLink
import Testing

// MARK: The host log

/// What JIT'd code told the host, per channel.
private enum HostLog {
    static let events = Locked<[Int: [Int]]>([:])
    static let lastChannel = Locked(0)

    /// The function JIT'd code calls: `void host_log(long channel, long event)`.
    static let function: @convention(c) (Int, Int) -> Void = { channel, event in
        HostLog.events.withLock { $0[channel, default: []].append(event) }
    }

    static var functionAddress: ExecutorAddress {
        ExecutorAddress(rawValue: UInt64(UInt(bitPattern: unsafeBitCast(function, to: UnsafeRawPointer.self))))
    }

    /// A channel no other test uses.
    static func newChannel() -> Int {
        lastChannel.withLock { last in
            last += 1
            return last
        }
    }

    static func events(_ channel: Int) -> [Int] { events.withLock { $0[channel] ?? [] } }
}

/// libgcc's `_Unwind_Find_FDE(pc, bases)`: the frame description the unwinder uses for `pc`.
private let unwindFindFDE: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> UnsafeRawPointer? = {
    guard let symbol = dlsym(nil, "_Unwind_Find_FDE") else { fatalError("_Unwind_Find_FDE is not in the process") }
    return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> UnsafeRawPointer?).self)
}()

// MARK: Compiling and linking

private enum SourceLanguage: String {
    case c, cxx

    var compiler: String { self == .c ? "clang" : "clang++" }
    var fileExtension: String { self == .c ? "c" : "cpp" }
}

/// Compiles `source` with clang / clang++ (-fPIC -O2 unless told otherwise) into an object.
private func compileObject(_ source: String, name: String, language: SourceLanguage = .c,
                           flags: [String] = ["-O2", "-fPIC"]) throws -> ObjectFile {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("orca-lifetime-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let sourcePath = directory.appendingPathComponent("\(name).\(language.fileExtension)").path
    let objectPath = directory.appendingPathComponent("\(name).o").path
    let errorPath = directory.appendingPathComponent("errors.txt")
    try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
    _ = FileManager.default.createFile(atPath: errorPath.path, contents: nil)
    let errors = try FileHandle(forWritingTo: errorPath)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [language.compiler, "-c", sourcePath, "-o", objectPath] + flags
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    try? errors.close()
    let message = (try? String(contentsOf: errorPath, encoding: .utf8)) ?? ""
    try #require(process.terminationStatus == 0, "\(language.compiler) failed on \(name): \(message)")
    return try ObjectFile(name: "\(name).o", bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: objectPath))))
}

/// A session (in-place or with a thread pool), a JITDylib with the host process and `host_log`,
/// and a layer with JIT memory of its own (so that statistics are not shared with tests running
/// in parallel).
private struct LifetimeFixture {
    let session: ExecutionSession
    let jd: JITDylib
    let layer: ObjectLinkingLayer

    init(threads: Int = 0) throws {
        session = threads > 0 ? ExecutionSession(dispatcher: ThreadPoolTaskDispatcher(maximumThreads: threads)) : ExecutionSession()
        jd = try session.createJITDylib(named: "main")
        try jd.define(absoluteSymbols([session.intern("host_log"): ExecutorSymbol(address: HostLog.functionAddress, flags: [.exported, .callable])]))
        jd.addGenerator(DynamicLibrarySymbols.hostProcess())
        layer = try ObjectLinkingLayer(session: session, memory: JITMemoryManager(reservationSize: 64 << 20),
                                       lowMemory: JITMemoryManager(placement: .low32Bit, reservationSize: 16 << 20))
        // Orca bug: the first block of a reservation can lie at an address whose low 32 bits are
        // zero (reservations are 64 MiB-aligned: 1 in 64), and libgcc's unwinder ignores a
        // function there (it reads a zero 32-bit pc-relative start as a discarded link-once
        // function), so a throw through it ends in std::terminate. A placeholder takes that
        // block, so that these tests do not end the test process on that bug.
        try layer.add(Self.placeholderObject(), to: jd)
        _ = try session.lookup("orca_test_placeholder", in: jd)
    }

    private static let placeholderCache = Locked<ObjectFile?>(nil)

    private static func placeholderObject() throws -> ObjectFile {
        if let cached = placeholderCache.withLock({ $0 }) { return cached }
        let object = try compileObject("int orca_test_placeholder(void) { return 0; }", name: "placeholder")
        placeholderCache.withLock { $0 = object }
        return object
    }

    /// Whether the unwinder finds the frame description of the function `name` (looked up):
    /// exceptions thrown through a function it does not find end in std::terminate.
    func unwinderFindsFrame(of name: String) throws -> Bool {
        let pc = try address(name)
        let bases = UnsafeMutableRawPointer.allocate(byteCount: 3 * MemoryLayout<UInt>.size, alignment: 8)
        defer { bases.deallocate() }
        return unwindFindFDE(UnsafeMutableRawPointer(mutating: pc + 1), bases) != nil
    }

    func address(_ name: String) throws -> UnsafeRawPointer {
        let address = try session.lookup(name, in: jd).address
        return try #require(UnsafeRawPointer(bitPattern: UInt(address.rawValue)), "\(name) is at address 0")
    }

    func call(_ name: String) throws -> Int32 {
        unsafeBitCast(try address(name), to: (@convention(c) () -> Int32).self)()
    }

    func call(_ name: String, _ argument: Int32) throws -> Int32 {
        unsafeBitCast(try address(name), to: (@convention(c) (Int32) -> Int32).self)(argument)
    }

    var inUse: Int { layer.memory.statistics.inUse }
}

/// Requires that the unwinder finds `<name>` and `<name>_fail` of `throwingSource`, so that a
/// missing registration fails the test instead of ending the process in std::terminate.
private func requireFrames(_ f: LifetimeFixture, of name: String) throws {
    for function in [name, "\(name)_fail", "\(name)_host"] {
        let address = try f.address(function)
        try #require(try f.unwinderFindsFrame(of: function), "the unwinder does not find \(function) at \(address)")
    }
}

// MARK: Sources

/// C code whose functions register destructors: `<prefix>_register_first` registers events
/// base+1 and base+2 with atexit; `<prefix>_register_more` registers base+42 (the argument of a
/// `__cxa_atexit` registration with `__dso_handle`) and base+3 (atexit). Destructor attribute
/// functions log base+100 (no priority), base+200 and base+101. When everything was registered,
/// a tracker's removal logs base + [3, 42, 2, 1] (newest registration first), then base +
/// [100, 200, 101] (.fini_array in native order).
private func destructorSource(prefix: String, channel: Int, base: Int = 0) -> String {
    """
    #include <stdlib.h>
    extern void host_log(long channel, long event);
    extern int __cxa_atexit(void (*function)(void *), void *argument, void *handle);
    extern void *__dso_handle;

    static void on_exit_1(void) { host_log(\(channel), \(base + 1)); }
    static void on_exit_2(void) { host_log(\(channel), \(base + 2)); }
    static void on_exit_3(void) { host_log(\(channel), \(base + 3)); }
    static void with_argument(void *argument) { host_log(\(channel), \(base) + (long)argument); }
    __attribute__((destructor)) static void fini_default(void) { host_log(\(channel), \(base + 100)); }
    __attribute__((destructor(200))) static void fini_200(void) { host_log(\(channel), \(base + 200)); }
    __attribute__((destructor(101))) static void fini_101(void) { host_log(\(channel), \(base + 101)); }

    int \(prefix)_register_first(void) { return atexit(on_exit_1) + atexit(on_exit_2); }
    int \(prefix)_register_more(void) {
        return __cxa_atexit(with_argument, (void *)42, &__dso_handle) + atexit(on_exit_3);
    }
    int \(prefix)_live(int x) { return x + 1; }
    """
}

/// What removing code of `destructorSource` logs once both functions ran.
private func destructorEvents(base: Int = 0) -> [Int] { [3, 42, 2, 1, 100, 200, 101].map { $0 + base } }

/// C++ static objects: `first` (event 10) and `second` (20) are constructed at start-up and
/// destroyed at removal, `touch_local`'s function-local static (30) is constructed on its first
/// call and destroyed before them.
private func staticObjectsSource(channel: Int) -> String {
    """
    extern "C" void host_log(long channel, long event);
    struct Logger {
        long event;
        explicit Logger(long event) : event(event) { host_log(\(channel), -event); }
        ~Logger() { host_log(\(channel), event); }
    };
    Logger first(10);
    Logger second(20);
    extern "C" int touch_local(void) {
        static Logger local(30);
        return (int)local.event;
    }
    extern "C" int constructed(void) { return (int)(first.event + second.event); }
    """
}

/// C++ that throws and catches inside the object: `<name>(x)` calls `<name>_fail(x)`, which
/// throws std::runtime_error, and returns x * 100 + the length of what(); `<name>_host(i)`
/// catches std::out_of_range thrown by libstdc++ (vector::at) and returns -7.
private func throwingSource(name: String) -> String {
    """
    #include <stdexcept>
    #include <string>
    #include <vector>
    extern "C" __attribute__((noinline)) void \(name)_fail(int x) {
        if (x >= 0) throw std::runtime_error("boom " + std::to_string(x));
    }
    namespace {
    struct Unwound {
        int *counter;
        ~Unwound() { ++*counter; }
    };
    }
    static int unwound = 0;
    extern "C" int \(name)(int x) {
        try {
            Unwound guard{&unwound};
            \(name)_fail(x);
            return -1;
        } catch (const std::runtime_error &error) {
            return x * 100 + (int)std::string(error.what()).size();
        }
    }
    extern "C" int \(name)_host(int index) {
        std::vector<int> values(3, 1);
        try {
            return values.at(index);
        } catch (const std::out_of_range &) {
            return -7;
        }
    }
    extern "C" int \(name)_unwound(void) { return unwound; }
    """
}

/// C with constructors: constructor(150) logs 1 and sets the value to 5, the constructor
/// without priority logs 2 and makes it 52. `<prefix>_value()` returns the value.
private func initializerSource(prefix: String, channel: Int, base: Int = 0) -> String {
    """
    extern void host_log(long channel, long event);
    static int value = 0;
    __attribute__((constructor)) static void later(void) { value = value * 10 + 2; host_log(\(channel), \(base + 2)); }
    __attribute__((constructor(150))) static void earlier(void) { value = 5; host_log(\(channel), \(base + 1)); }
    int \(prefix)_value(void) { return value; }
    """
}

// MARK: Tests

@Suite("Program lifetime through the API: initializers, destructors per tracker, exception frames")
struct LifetimeRemovalTests {
    // MARK: Destructors and removal

    @Test("Removing a tracker runs its atexit/__cxa_atexit destructors newest first, then .fini_array, exactly once")
    func removalRunsDestructorsOnceInOrder() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(compileObject(destructorSource(prefix: "d", channel: channel), name: "destructors"), to: f.jd, tracker: tracker)
        #expect(try f.call("d_register_first") == 0)
        #expect(try f.call("d_register_more") == 0)
        #expect(try f.call("d_live", 1) == 2)
        #expect(HostLog.events(channel).isEmpty, "destructors ran before the tracker was removed")

        try tracker.remove()
        #expect(HostLog.events(channel) == destructorEvents())
        // Nothing runs twice: not on a second removal, not at session end.
        try tracker.remove()
        try f.session.endSession()
        #expect(HostLog.events(channel) == destructorEvents())
    }

    @Test("Removing a tracker destroys its C++ static objects and function-local statics, newest first")
    func removalDestroysStaticObjects() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(compileObject(staticObjectsSource(channel: channel), name: "statics", language: .cxx), to: f.jd, tracker: tracker)
        // The constructors (negative events) ran before the lookup returned.
        #expect(try f.call("constructed") == 30)
        #expect(HostLog.events(channel) == [-10, -20])
        #expect(try f.call("touch_local") == 30)
        #expect(try f.call("touch_local") == 30)
        #expect(HostLog.events(channel) == [-10, -20, -30], "no destructor may run before removal")

        try tracker.remove()
        #expect(HostLog.events(channel) == [-10, -20, -30, 30, 20, 10])
        try f.session.endSession()
        #expect(HostLog.events(channel) == [-10, -20, -30, 30, 20, 10])
    }

    @Test("Removing one tracker runs only its own destructors; the other tracker's run when it goes")
    func removalRunsOnlyThatTrackersDestructors() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let first = f.jd.createResourceTracker(), second = f.jd.createResourceTracker()
        try f.layer.add(compileObject(destructorSource(prefix: "a", channel: channel), name: "a"), to: f.jd, tracker: first)
        try f.layer.add(compileObject(destructorSource(prefix: "b", channel: channel, base: 1000), name: "b"), to: f.jd, tracker: second)
        for prefix in ["a", "b"] {
            #expect(try f.call("\(prefix)_register_first") == 0)
            #expect(try f.call("\(prefix)_register_more") == 0)
        }
        try first.remove()
        #expect(HostLog.events(channel) == destructorEvents())
        #expect(try f.call("b_live", 5) == 6, "the other tracker's code still runs")
        try second.remove()
        #expect(HostLog.events(channel) == destructorEvents() + destructorEvents(base: 1000))
    }

    @Test("Transfer: destructors follow the tracker's code; removing the source runs nothing, the destination runs them once")
    func transferMovesDestructors() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let source = f.jd.createResourceTracker(), destination = f.jd.createResourceTracker()
        try f.layer.add(compileObject(destructorSource(prefix: "t", channel: channel), name: "transfer"), to: f.jd, tracker: source)
        #expect(try f.call("t_register_first") == 0)
        let bytes = f.layer.memoryInUse(for: source.key)
        try source.transfer(to: destination)
        #expect(f.layer.memoryInUse(for: destination.key) == bytes)
        // Registered after the transfer, through the same __dso_handle: belongs to the destination too.
        #expect(try f.call("t_register_more") == 0)

        try source.remove()
        #expect(HostLog.events(channel).isEmpty, "removing the transferred source ran destructors")
        #expect(try f.call("t_live", 1) == 2)
        try destination.remove()
        #expect(HostLog.events(channel) == destructorEvents())
        #expect(f.layer.memoryInUse(for: destination.key) == 0)
        try f.session.endSession()
        #expect(HostLog.events(channel) == destructorEvents())
    }

    @Test("Non-PIC code (linked below 2 GiB) gets its own __dso_handle and atexit thunk there; removal runs and frees them")
    func nonPICDestructorsInLowMemory() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let object = try compileObject(destructorSource(prefix: "low", channel: channel), name: "low", flags: ["-O2", "-fno-pic"])
        #expect(try object.requiresLowAddresses())
        let before = f.layer.memoryStatistics.inUse
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(object, to: f.jd, tracker: tracker)
        #expect(try f.call("low_register_first") == 0)
        #expect(try f.call("low_register_more") == 0)
        #expect(HostLog.events(channel).isEmpty)
        #expect(f.layer.memoryStatistics.inUse > before)
        try tracker.remove()
        #expect(HostLog.events(channel) == destructorEvents())
        #expect(f.layer.memoryStatistics.inUse == before)
    }

    @Test("Transfer into a tracker with destructors of its own: removal runs the merged registrations newest first")
    func transferMergesRegistrationOrder() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let source = f.jd.createResourceTracker(), destination = f.jd.createResourceTracker()
        try f.layer.add(compileObject(destructorSource(prefix: "s", channel: channel), name: "s"), to: f.jd, tracker: source)
        try f.layer.add(compileObject(destructorSource(prefix: "t", channel: channel, base: 1000), name: "t"), to: f.jd, tracker: destination)
        #expect(try f.call("t_register_first") == 0)   // 1001, 1002
        #expect(try f.call("s_register_first") == 0)   // 1, 2
        try source.transfer(to: destination)
        #expect(try f.call("t_register_more") == 0)    // 1042, 1003
        #expect(try f.call("s_register_more") == 0)    // 42, 3
        try source.remove()
        #expect(HostLog.events(channel).isEmpty)
        try destination.remove()
        let events = HostLog.events(channel)
        #expect(Array(events.prefix(8)) == [3, 42, 1003, 1042, 2, 1, 1002, 1001], "registrations newest first: \(events)")
        // Then both objects' .fini_array functions, each object's in native order.
        #expect(events.count == 14)
        #expect(Set(events.dropFirst(8)) == [100, 200, 101, 1100, 1200, 1101])
    }

    @Test("Session end runs every tracker's destructors once, the later-registered tracker's first")
    func sessionEndRunsRemainingDestructors() throws {
        let f = try LifetimeFixture()
        let channel = HostLog.newChannel()
        let first = f.jd.createResourceTracker(), second = f.jd.createResourceTracker()
        try f.layer.add(compileObject(destructorSource(prefix: "a", channel: channel), name: "a"), to: f.jd, tracker: first)
        #expect(try f.call("a_register_first") == 0)
        #expect(try f.call("a_register_more") == 0)
        try f.layer.add(compileObject(destructorSource(prefix: "b", channel: channel, base: 1000), name: "b"), to: f.jd, tracker: second)
        #expect(try f.call("b_register_first") == 0)
        #expect(try f.call("b_register_more") == 0)
        #expect(HostLog.events(channel).isEmpty)

        try withExtendedLifetime((first, second)) {
            try f.session.endSession()
        }
        let events = HostLog.events(channel)
        #expect(events.sorted() == (destructorEvents() + destructorEvents(base: 1000)).sorted(), "each once: \(events)")
        // Registrations newest first: b's (registered later) before a's; each object's
        // finalizers after its registrations, in native order.
        let handlers = events.filter { $0 % 1000 < 100 }
        #expect(handlers == [1003, 1042, 1002, 1001, 3, 42, 2, 1], "\(events)")
        for base in [0, 1000] {
            let own = events.filter { $0 / 1000 == base / 1000 }
            #expect(own == destructorEvents(base: base), "object \(base): \(events)")
        }
        #expect(f.inUse == 0)
        // Removing after the end runs nothing again.
        try? first.remove()
        try? second.remove()
        #expect(HostLog.events(channel) == events)
    }

    @Test("Session end runs atexit handlers newest registration first, across trackers created in another order and the default tracker")
    func sessionEndFollowsRegistrationOrderAcrossTrackers() throws {
        let f = try LifetimeFixture()
        let channel = HostLog.newChannel()
        // `early` is created first but its code registers after `late`'s; code in the default
        // tracker registers last of all.
        let early = f.jd.createResourceTracker(), late = f.jd.createResourceTracker()
        try f.layer.add(compileObject(destructorSource(prefix: "e", channel: channel), name: "early"), to: f.jd, tracker: early)
        try f.layer.add(compileObject(destructorSource(prefix: "l", channel: channel, base: 1000), name: "late"), to: f.jd, tracker: late)
        try f.layer.add(compileObject(destructorSource(prefix: "d", channel: channel, base: 2000), name: "default"), to: f.jd)
        #expect(try f.call("l_register_first") == 0)
        #expect(try f.call("e_register_first") == 0)
        #expect(try f.call("d_register_first") == 0)
        try withExtendedLifetime((early, late)) {
            try f.session.endSession()
        }
        // Only the atexit handlers (events below 100 of each object), in the order a process's
        // exit runs them: newest registration first.
        let handlers = HostLog.events(channel).filter { $0 % 1000 < 100 }
        #expect(handlers == [2002, 2001, 2, 1, 1002, 1001])
        #expect(Set(handlers) == [2002, 2001, 2, 1, 1002, 1001], "every handler runs once")
        #expect(handlers.count == 6)
    }

    // MARK: Initializers

    @Test("A lookup returns only after the object's constructors ran (priority first), with either dispatcher",
          arguments: [0, 2])
    func lookupRunsInitializersFirst(threads: Int) throws {
        let f = try LifetimeFixture(threads: threads)
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        try f.layer.add(compileObject(initializerSource(prefix: "i", channel: channel), name: "initializers"), to: f.jd)
        #expect(HostLog.events(channel).isEmpty, "constructors ran before anything was looked up")
        let value = try f.address("i_value")
        // Both constructors ran before the lookup returned, before any call.
        #expect(HostLog.events(channel) == [1, 2])
        #expect(unsafeBitCast(value, to: (@convention(c) () -> Int32).self)() == 52)
        _ = try f.address("i_value")
        #expect(HostLog.events(channel) == [1, 2], "a second lookup runs nothing again")
    }

    @Test("initialize(jd) links and runs the initializers of objects nothing looked up, each once")
    func initializeRunsPendingInitializers() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        try f.layer.add(compileObject(initializerSource(prefix: "p", channel: channel), name: "p"), to: f.jd)
        try f.layer.add(compileObject(initializerSource(prefix: "q", channel: channel, base: 10), name: "q"), to: f.jd)
        let baseline = f.inUse
        #expect(HostLog.events(channel).isEmpty)
        try f.layer.initialize(f.jd)
        let events = HostLog.events(channel)
        #expect(events.sorted() == [1, 2, 11, 12], "each initializer ran once: \(events)")
        #expect(events.filter { $0 < 10 } == [1, 2] && events.filter { $0 > 10 } == [11, 12], "each object's in priority order: \(events)")
        #expect(f.inUse > baseline, "initialize linked the objects")
        try f.layer.initialize(f.jd)
        #expect(try f.call("p_value") == 52)
        #expect(try f.call("q_value") == 52)
        #expect(HostLog.events(channel) == events, "initializers run once")

        // An object added later: the next initialize runs just its own.
        try f.layer.add(compileObject(initializerSource(prefix: "r", channel: channel, base: 20), name: "r"), to: f.jd)
        try f.layer.initialize(f.jd)
        #expect(HostLog.events(channel) == events + [21, 22])
        #expect(try f.call("r_value") == 52)
    }

    @Test("initialize(jd) orders initializers of several objects as one native link: by priority first, then by the order the objects were added")
    func initializeOrdersPrioritiesAcrossObjects() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        try f.layer.add(compileObject(initializerSource(prefix: "p", channel: channel), name: "p"), to: f.jd)
        try f.layer.add(compileObject(initializerSource(prefix: "q", channel: channel, base: 10), name: "q"), to: f.jd)
        try f.layer.initialize(f.jd)
        // Both constructor(150)s, then both constructors without priority.
        #expect(HostLog.events(channel) == [1, 11, 2, 12])
    }

    @Test("initialize(jd) runs C++ static constructors, and their destructors run when the tracker is removed")
    func initializeRunsStaticConstructors() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(compileObject(staticObjectsSource(channel: channel), name: "statics", language: .cxx), to: f.jd, tracker: tracker)
        try f.layer.initialize(f.jd)
        #expect(HostLog.events(channel) == [-10, -20])
        try tracker.remove()
        #expect(HostLog.events(channel) == [-10, -20, 20, 10])
    }

    @Test("A .ctors / .dtors pair runs like a native link: .ctors from its end, .dtors from its start")
    func ctorsAndDtorsSections() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let source = """
            extern void host_log(long channel, long event);
            static void c1(void) { host_log(\(channel), 1); }
            static void c2(void) { host_log(\(channel), 2); }
            static void d1(void) { host_log(\(channel), 11); }
            static void d2(void) { host_log(\(channel), 12); }
            __attribute__((used, section(".ctors"))) static void (*ctors[])(void) = {c1, c2};
            __attribute__((used, section(".dtors"))) static void (*dtors[])(void) = {d1, d2};
            int ctors_ran(void) { return 1; }
            """
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(compileObject(source, name: "ctors"), to: f.jd, tracker: tracker)
        #expect(try f.call("ctors_ran") == 1)
        #expect(HostLog.events(channel) == [2, 1])
        try tracker.remove()
        #expect(HostLog.events(channel) == [2, 1, 11, 12])
    }

    @Test("initialize(jd) runs objects' initializers in the order the objects were added, whatever refers to what")
    func initializeFollowsAddOrder() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        // The first object refers to the second (as main refers to a library object).
        let first = """
            extern void host_log(long channel, long event);
            int second_value(void);
            __attribute__((constructor)) static void init_first(void) { host_log(\(channel), 1); }
            int first_value(void) { return second_value() + 1; }
            """
        let second = """
            extern void host_log(long channel, long event);
            __attribute__((constructor)) static void init_second(void) { host_log(\(channel), 2); }
            int second_value(void) { return 41; }
            """
        try f.layer.add(compileObject(first, name: "first"), to: f.jd)
        try f.layer.add(compileObject(second, name: "second"), to: f.jd)
        try f.layer.initialize(f.jd)
        #expect(try f.call("first_value") == 42)
        #expect(HostLog.events(channel) == [1, 2])
    }

    // MARK: Exception frames

    @Test("Exception frames: code that throws and catches works, again after removal and re-adding, and memory returns")
    func exceptionFramesSurviveRemoveAndReAdd() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let object = try compileObject(throwingSource(name: "catcher"), name: "catcher", language: .cxx)
        let before = f.inUse

        let first = f.jd.createResourceTracker()
        try f.layer.add(object, to: f.jd, tracker: first)
        try requireFrames(f, of: "catcher")
        #expect(try f.call("catcher", 4) == 406)     // "boom 4"
        #expect(try f.call("catcher", 12) == 1207)   // "boom 12"
        #expect(try f.call("catcher_host", 5) == -7)
        #expect(try f.call("catcher_unwound") == 2)
        #expect(f.inUse > before)
        try first.remove()
        #expect(f.inUse == before)
        #expect(throws: OrcError.self) { try f.session.lookup("catcher", in: f.jd) }

        let second = f.jd.createResourceTracker()
        try f.layer.add(object, to: f.jd, tracker: second)
        try requireFrames(f, of: "catcher")
        #expect(try f.call("catcher", 7) == 706)
        #expect(try f.call("catcher_host", 1) == 1)
        #expect(try f.call("catcher_host", 3) == -7)
        #expect(try f.call("catcher_unwound") == 1, "a fresh copy of the object's data")
        try second.remove()
        #expect(f.inUse == before)
    }

    @Test("Exception frames: removing one object's frames leaves another's working, over repeated add/remove cycles")
    func exceptionFramesOfOtherObjectsStayRegistered() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let stayer = try compileObject(throwingSource(name: "stayer"), name: "stayer", language: .cxx)
        let comer = try compileObject(throwingSource(name: "comer"), name: "comer", language: .cxx)
        let before = f.inUse
        let stays = f.jd.createResourceTracker()
        try f.layer.add(stayer, to: f.jd, tracker: stays)
        try requireFrames(f, of: "stayer")
        #expect(try f.call("stayer", 1) == 106)
        let withStayer = f.inUse
        for cycle in 0..<20 {
            let comes = f.jd.createResourceTracker()
            try f.layer.add(comer, to: f.jd, tracker: comes)
            try requireFrames(f, of: "comer")
            #expect(try f.call("comer", Int32(cycle)) == Int32(cycle * 100 + (cycle < 10 ? 6 : 7)))
            #expect(try f.call("stayer", 2) == 206)
            try comes.remove()
            try requireFrames(f, of: "stayer")
            #expect(try f.call("stayer", 3) == 306, "cycle \(cycle): the remaining object's exceptions are still caught")
            #expect(try f.call("stayer_host", 9) == -7)
            #expect(f.inUse == withStayer)
        }
        try stays.remove()
        #expect(f.inUse == before)
    }

    @Test("Exception frames are registered before initializers run: a static constructor that throws and catches")
    func exceptionsInsideStaticConstructors() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let source = """
            #include <stdexcept>
            __attribute__((noinline)) static int risky(int x) {
                if (x > 1) throw std::invalid_argument("too large");
                return x;
            }
            static int computed = [] {
                try {
                    return risky(5);
                } catch (const std::invalid_argument &) {
                    return 77;
                }
            }();
            extern "C" int computed_value(void) { return computed; }
            """
        let tracker = f.jd.createResourceTracker()
        try f.layer.add(compileObject(source, name: "static-throw", language: .cxx), to: f.jd, tracker: tracker)
        #expect(try f.call("computed_value") == 77)
        try tracker.remove()
    }

    // MARK: Weak and COMDAT definitions shared across trackers

    @Test("R10: removing the tracker that provided a weak definition removes it even while other trackers' code is bound to it")
    func removingWeakProviderRemovesIt() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        // Both objects define `shared` weakly (as every C++ object defines the inline functions
        // and template instances it uses); the first one's definition wins, the second's code
        // is bound to it. Fine-grained removal is the user's responsibility (spec rule R10): the
        // provider's code goes with its tracker, and the name is free for a new definition.
        let shared = "__attribute__((weak)) int shared(int x) { return x * 2; }\n"
        let provider = f.jd.createResourceTracker(), user = f.jd.createResourceTracker()
        try f.layer.add(compileObject(shared + "int fa(int x) { return shared(x); }", name: "provider"), to: f.jd, tracker: provider)
        try f.layer.add(compileObject(shared + "int fb(int x) { return shared(x) + 1; }", name: "user"), to: f.jd, tracker: user)
        #expect(try f.call("fa", 1) == 2)
        #expect(try f.call("fb", 1) == 3)
        try provider.remove()
        #expect(throws: OrcError.self) { try f.session.lookup("shared", in: f.jd) }
        #expect(throws: OrcError.self) { try f.session.lookup("fa", in: f.jd) }
        #expect(f.jd.state(of: f.session.intern("fb")) == .ready, "the user's code stays: it is the user's to remove")
        let replacement = f.jd.createResourceTracker()
        try f.layer.add(compileObject("int shared(int x) { return x * 100; }", name: "replacement"), to: f.jd, tracker: replacement)
        #expect(try f.call("shared", 2) == 200)
        withExtendedLifetime(user) {}
    }

    // MARK: Memory

    @Test("Memory statistics return to their earlier values after removing lifetime-bearing code")
    func memoryReturnsAfterLifetimeCode() throws {
        let f = try LifetimeFixture()
        defer { try? f.session.endSession() }
        let channel = HostLog.newChannel()
        let objects = try [
            compileObject(destructorSource(prefix: "m", channel: channel), name: "destructors"),
            compileObject(staticObjectsSource(channel: channel), name: "statics", language: .cxx),
            compileObject(throwingSource(name: "thrower"), name: "thrower", language: .cxx),
            compileObject(initializerSource(prefix: "n", channel: channel, base: 500), name: "initializers"),
        ]
        let before = f.layer.memory.statistics
        for round in 0..<3 {
            let tracker = f.jd.createResourceTracker()
            for object in objects { try f.layer.add(object, to: f.jd, tracker: tracker) }
            try f.layer.initialize(f.jd)
            #expect(try f.call("m_register_first") == 0)
            #expect(try f.call("m_register_more") == 0)
            #expect(try f.call("touch_local") == 30)
            try requireFrames(f, of: "thrower")
            #expect(try f.call("thrower", 3) == 306)
            #expect(f.layer.memoryInUse(for: tracker.key) > 0)
            try tracker.remove()
            #expect(f.layer.memoryInUse(for: tracker.key) == 0, "round \(round)")
            #expect(f.layer.memory.statistics.inUse == before.inUse, "round \(round)")
        }
        let events = HostLog.events(channel)
        #expect(events.filter { $0 == 42 }.count == 3, "each round's destructors ran once: \(events)")
        #expect(events.filter { $0 == 10 }.count == 3)
        try f.layer.memory.trim()
        #expect(f.layer.memory.statistics == before)
    }
}
