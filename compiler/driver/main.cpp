// The `ergo` command, shaped like `go`: build, run, version, env, tool.
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "driver/build.h"
#include "driver/tool_check.h"
#include "driver/tool_export.h"
#include "driver/tool_parse.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace {

std::string envOr(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

// Runs the program and returns its exit status (128+signal if a signal killed it).
int runProgram(const std::string& exe, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(exe.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    signal(SIGINT, SIG_DFL);  // ergo ignores them while it waits; the program must not
    signal(SIGTERM, SIG_DFL);
    execv(exe.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + WTERMSIG(status);
}

// The compiler's recursive passes follow the input's nesting (a 20,000-term `x+x+...` is a tree
// 20,000 deep), so the work runs on a thread with a large stack; only what is touched is
// committed.
int runWithLargeStack(int (*body)(int, char**), int argc, char** argv) {
  struct Call {
    int (*body)(int, char**);
    int argc;
    char** argv;
    int result;
  } call{body, argc, argv, 1};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  auto trampoline = [](void* p) -> void* {
    auto* c = static_cast<Call*>(p);
    c->result = c->body(c->argc, c->argv);
    return nullptr;
  };
  if (pthread_create(&thread, &attr, trampoline, &call) != 0) return body(argc, argv);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return call.result;
}

int ergoMain(int argc, char** argv);

}  // namespace

int main(int argc, char** argv) {
  return runWithLargeStack(ergoMain, argc, argv);
}

namespace {

// For `ergo run`, splits off the program's arguments: everything after the package (the .go
// files, or one directory), so that flags like --help reach the program, not ergo.
int splitRunArgs(int argc, char** argv, std::vector<std::string>& programArgs) {
  if (argc < 3 || llvm::StringRef(argv[1]) != "run") return argc;
  int i = 2;
  while (i < argc && argv[i][0] == '-') {
    llvm::StringRef flag(argv[i]);
    ++i;
    if (flag == "-O" && i < argc) ++i;  // -O 1 takes a separate value
  }
  if (i >= argc) return argc;
  int end = i + 1;
  if (llvm::StringRef(argv[i]).ends_with(".go"))
    while (end < argc && llvm::StringRef(argv[end]).ends_with(".go")) ++end;
  programArgs.assign(argv + end, argv + argc);
  return end;
}

// -lang's values: go1.0 ... go1.22 (the newest language ergo knows), as gc's -lang accepts.
bool validLanguageVersion(llvm::StringRef v) {
  unsigned minor = 0;
  return v.consume_front("go1.") && !v.getAsInteger(10, minor) && minor <= 22;
}

// Multi-letter flags are spelt with one dash, as go's are; CLI11 wants two for them.
void doubleDashLongFlags(int argc, char** argv, std::vector<std::string>& storage) {
  storage.reserve(argc);
  for (int i = 1; i < argc; ++i) {
    llvm::StringRef a(argv[i]);
    if (a == "-no-stack-check" || a == "-dump" || a == "-roundtrip" || a == "-goroot" ||
        a == "-lang" || a == "-api" || a.starts_with("-goroot=") || a.starts_with("-lang=")) {
      storage.push_back("-" + a.str());
      argv[i] = storage.back().data();
    }
  }
}

int ergoMain(int argc, char** argv) {
  std::vector<std::string> programArgs;
  argc = splitRunArgs(argc, argv, programArgs);
  std::vector<std::string> longFlags;
  doubleDashLongFlags(argc, argv, longFlags);
  CLI::App app{"ergo compiles Go programs to static native executables.", "ergo"};
  app.require_subcommand(1);
  ergo::driver::BuildOptions options;
  options.goos = envOr("GOOS", "linux");
  options.goarch = envOr("GOARCH", "amd64");
  options.ergoRoot = ergo::driver::findErgoRoot(argv[0]);

  int optLevel = 2;
  std::vector<std::string> buildArgs;
  CLI::App* buildCmd = app.add_subcommand("build", "compile packages and dependencies");
  buildCmd->add_option("-o", options.output, "write the executable to this file");
  buildCmd->add_option("-O", optLevel, "optimisation level: -O0, -O1 or -O2 (default)")
      ->check(CLI::Range(0, 2));
  buildCmd->add_option("-d", options.dump, "print the code of the user's packages: ir or llvm")
      ->check(CLI::IsMember({"ir", "llvm"}));
  buildCmd->add_flag("-e", options.reportAllErrors, "report all errors, not just the first 10");
  const char* langHelp =
      "the language version of the user's packages, e.g. go1.21 (default: go.mod's)";
  buildCmd->add_option("--lang", options.lang, langHelp);
  bool noStackCheck = false;
  const char* noStackCheckHelp =
      "omit goroutine stack checks, for benchmarks only: the program corrupts memory when a "
      "goroutine outgrows its first stack segment";
  buildCmd->add_flag("--no-stack-check", noStackCheck, noStackCheckHelp);
  buildCmd->add_option("packages", buildArgs, "files.go, a directory, or ./...");

  std::vector<std::string> runArgs;
  CLI::App* runCmd = app.add_subcommand("run", "compile and run a Go program");
  runCmd->add_option("-O", optLevel, "optimisation level: -O0, -O1 or -O2 (default)")
      ->check(CLI::Range(0, 2));
  runCmd->add_flag("--no-stack-check", noStackCheck, noStackCheckHelp);
  runCmd->add_option("--lang", options.lang, langHelp);
  runCmd
      ->add_option("package", runArgs, "file.go... or a directory (the program's arguments follow)")
      ->required();

  CLI::App* versionCmd = app.add_subcommand("version", "print the ergo version");
  CLI::App* envCmd = app.add_subcommand("env", "print ergo's environment");

  CLI::App* toolCmd = app.add_subcommand("tool", "run an ergo tool");
  toolCmd->require_subcommand(1);
  ergo::driver::ParseToolOptions parseOptions;
  CLI::App* parseCmd =
      toolCmd->add_subcommand("parse", "parse the .go files under the paths; report syntax errors");
  parseCmd->add_flag("--dump", parseOptions.dump,
                     "print each file's tree (docs/syntax-dump.md); errors go to stderr");
  parseCmd->add_flag("--roundtrip", parseOptions.roundtrip,
                     "print each file, parse it again and compare the trees");
  parseCmd->add_flag("-e", parseOptions.reportAll, "report all errors, not just the first 10");
  parseCmd->add_option("paths", parseOptions.paths, "files or directories")->required();

  ergo::driver::CheckToolOptions checkOptions;
  checkOptions.goos = options.goos;
  checkOptions.goarch = options.goarch;
  llvm::SmallString<256> ergoStdlib(options.ergoRoot);
  llvm::sys::path::append(ergoStdlib, "stdlib");
  checkOptions.stdlibRoot = std::string(ergoStdlib);
  CLI::App* checkCmd = toolCmd->add_subcommand(
      "check", "type-check packages and their dependencies; report the errors");
  checkCmd->add_option("--goroot", checkOptions.goroot,
                       "the Go tree whose src/ holds std (default: ergo's own stdlib)");
  checkCmd->add_option("--lang", checkOptions.lang, "the language version, e.g. go1.21");
  checkCmd->add_flag("-e", checkOptions.reportAll, "report all errors, not just the first 10");
  checkCmd->add_flag("--api", checkOptions.api,
                     "print each package's API (docs/api-dump.md); errors go to stderr");
  checkCmd->add_flag("-v", checkOptions.verbose,
                     "print one line per package (its error count) instead of the errors");
  checkCmd->add_option("patterns", checkOptions.patterns, "std, import paths or directories")
      ->required();

  ergo::driver::ExportToolOptions exportOptions;
  exportOptions.goos = options.goos;
  exportOptions.goarch = options.goarch;
  exportOptions.stdlibRoot = checkOptions.stdlibRoot;
  CLI::App* exportCmd = toolCmd->add_subcommand(
      "export",
      "check std packages against their imports' export data and write their own "
      "(docs/export-data.md)");
  exportCmd->add_option("--goroot", exportOptions.goroot,
                        "the Go tree whose src/ holds std (default: ergo's own stdlib)");
  exportCmd->add_option("-o", exportOptions.outDir, "write the export files under this directory")
      ->required();
  exportCmd->add_flag("--api", exportOptions.api,
                      "print each package's API (docs/api-dump.md) as read back from its file");
  exportCmd->add_option("patterns", exportOptions.patterns, "std or std import paths")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Usage errors exit with status 2, as go's do (CLI11 would use its own codes).
    return app.exit(e) == 0 ? 0 : 2;
  }
  options.optLevel = optLevel;
  options.stackChecks = !noStackCheck;
  for (const std::string* lang : {&options.lang, &checkOptions.lang}) {
    if (!lang->empty() && !validLanguageVersion(*lang)) {
      llvm::errs() << "ergo: invalid value \"" << *lang
                   << "\" for -lang: want go1.N with N at most 22\n";
      return 2;
    }
  }

  if (versionCmd->parsed()) {
    llvm::outs() << "ergo version " << ERGO_VERSION << " (go1.22) " << options.goos << "/"
                 << options.goarch << "\n";
    return 0;
  }
  if (envCmd->parsed()) {
    llvm::outs() << "GOARCH=\"" << options.goarch << "\"\n"
                 << "GOOS=\"" << options.goos << "\"\n"
                 << "GOVERSION=\"go1.22\"\n"
                 << "ERGOROOT=\"" << options.ergoRoot << "\"\n"
                 << "ERGOVERSION=\"" << ERGO_VERSION << "\"\n";
    return 0;
  }
  if (parseCmd->parsed()) {
    return ergo::driver::runParseTool(parseOptions, llvm::outs(), llvm::errs());
  }
  if (checkCmd->parsed()) {
    return ergo::driver::runCheckTool(checkOptions, llvm::outs(), llvm::errs());
  }
  if (exportCmd->parsed()) {
    return ergo::driver::runExportTool(exportOptions, llvm::outs(), llvm::errs());
  }
  if (buildCmd->parsed()) {
    std::string exe;
    if (buildArgs.size() == 1 && llvm::StringRef(buildArgs[0]).ends_with("/...")) {
      // Like `go build ./...`: compile every package below the directory, write no binaries.
      std::string root = llvm::StringRef(buildArgs[0]).drop_back(4).str();
      if (root.empty()) root = ".";
      std::vector<std::string> dirs = ergo::driver::packageDirs(root);
      if (dirs.empty()) {
        llvm::errs() << "ergo: warning: \"" << buildArgs[0] << "\" matched no packages\n";
        return 0;
      }
      options.link = false;
      bool ok = true;
      for (const std::string& dir : dirs)
        ok &= ergo::driver::build(options, {dir}, exe, llvm::errs());
      return ok ? 0 : 1;
    }
    return ergo::driver::build(options, buildArgs, exe, llvm::errs()) ? 0 : 1;
  }
  // run: the .go files (or one directory) name the program; splitRunArgs kept its arguments.
  std::vector<std::string> files(runArgs.begin(), runArgs.end());
  llvm::SmallString<128> tmp;
  if (std::error_code ec = llvm::sys::fs::createUniqueDirectory("ergo-run", tmp)) {
    llvm::errs() << "ergo: " << ec.message() << "\n";
    return 1;
  }
  llvm::SmallString<128> exePath(tmp);
  llvm::sys::path::append(exePath, "prog");
  options.output = std::string(exePath);
  std::string exe;
  if (!ergo::driver::build(options, files, exe, llvm::errs())) {
    llvm::sys::fs::remove_directories(tmp);
    return 1;
  }
  llvm::outs().flush();
  // Like go run: ^C goes to the program; ergo waits for it and then cleans up.
  signal(SIGINT, SIG_IGN);
  signal(SIGTERM, SIG_IGN);
  int status = runProgram(exe, programArgs);
  llvm::sys::fs::remove_directories(tmp);
  return status;
}

}  // namespace
