// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Orca",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Orca", targets: ["Orca"]),
        .library(name: "OrcaCore", targets: ["OrcaCore"]),
        .library(name: "OrcaLink", targets: ["OrcaLink"]),
        .library(name: "OrcaLLVM", targets: ["OrcaLLVM"]),
        .library(name: "orca-llvm14", type: .dynamic, targets: ["OrcaLLVMCompat"]),
        .executable(name: "orca", targets: ["orca"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "OrcaCore"),
        .target(name: "OrcaLink", dependencies: ["OrcaCore"]),
        .target(name: "CLLVM", linkerSettings: [.linkedLibrary("LLVM-14")]),
        .target(name: "OrcaLLVM", dependencies: ["OrcaCore", "OrcaLink", "CLLVM"]),
        .target(name: "Orca", dependencies: ["OrcaCore", "OrcaLink", "OrcaLLVM", "CLLVM"]),
        .target(name: "CPostgresMagic"),
        .target(name: "OrcaLLVMCompat", dependencies: ["OrcaCore", "OrcaLink", "OrcaLLVM", "CLLVM", "CPostgresMagic"]),
        .executableTarget(
            name: "orca",
            dependencies: ["Orca", "OrcaLink", "CLLVM", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "OrcaCoreTests", dependencies: ["OrcaCore"]),
        .target(name: "ProgramHarness", dependencies: ["OrcaCore"], path: "Tests/ProgramHarness"),
        .testTarget(name: "OrcaLinkTests", dependencies: ["OrcaLink", "OrcaCore", "ProgramHarness"], exclude: ["Inputs"]),
        .testTarget(name: "OrcaLLVMTests", dependencies: ["Orca", "CLLVM", "ProgramHarness"], exclude: ["Inputs"]),
        .testTarget(name: "OrcaLLVMCompatTests", dependencies: ["ProgramHarness"], exclude: ["Inputs"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)
