// LibrarySearch.swift — finds what `-lNAME` means, as the system linker would: libNAME.so or
// libNAME.a in the -L directories and then the standard ones; and reads GNU linker scripts
// (Debian's libc.so and libm.so are such scripts) for the files they name.

import FoundationEssentials
import Glibc

/// A library input, resolved to files on disk.
public enum LibraryFile: Equatable, Sendable {
    /// A shared library, to open with dlopen.
    case shared(String)
    /// A static archive.
    case archive(String)
}

/// Finds libraries the way `ld` does.
public enum LibrarySearch {
    /// The directories searched after the `-L` ones.
    public static let standardDirectories = [
        "/usr/local/lib/x86_64-linux-gnu", "/usr/local/lib", "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib", "/usr/lib",
    ]

    /// The files `-l<name>` stands for: libNAME.so (preferred) or libNAME.a in the first
    /// directory that has either; a linker script expands to the files it names.
    public static func resolve(_ name: String, directories: [String]) throws -> [LibraryFile] {
        for directory in directories + standardDirectories {
            let shared = "\(directory)/lib\(name).so", archive = "\(directory)/lib\(name).a"
            if FileManager.default.fileExists(atPath: shared) { return try files(forShared: shared) }
            if FileManager.default.fileExists(atPath: archive) { return [.archive(archive)] }
        }
        throw LinkError.unsupported(file: "-l\(name)", detail: "no lib\(name).so or lib\(name).a in \((directories + standardDirectories).joined(separator: ", "))")
    }

    /// A path given as an input: a shared library, or the files of a linker script.
    public static func files(forShared path: String) throws -> [LibraryFile] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LinkError.system(call: "open", errno: errno, detail: "cannot read \(path)")
        }
        guard !data.starts(with: [0x7f, 0x45, 0x4c, 0x46]) else { return [.shared(path)] }
        guard let script = String(data: data, encoding: .utf8) else {
            throw LinkError.unsupported(file: path, detail: "neither an ELF shared library nor a linker script")
        }
        return try linkerScriptFiles(script, path: path)
    }

    /// The files named by GROUP / INPUT / AS_NEEDED in a GNU linker script.
    static func linkerScriptFiles(_ script: String, path: String) throws -> [LibraryFile] {
        var text = script
        while let start = text.firstRange(of: "/*"), let end = text[start.upperBound...].firstRange(of: "*/") {
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        let tokens = text.split { " \t\n()".contains($0) }.map(String.init)
        let files = tokens.filter { $0.hasPrefix("/") }.map { file -> LibraryFile in
            file.hasSuffix(".a") ? .archive(file) : .shared(file)
        }
        guard !files.isEmpty else {
            throw LinkError.unsupported(file: path, detail: "linker script names no files Orca can load")
        }
        return files
    }
}
