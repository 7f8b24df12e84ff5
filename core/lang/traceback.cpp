// Tracebacks in CPython's format, with chained exceptions and source lines.
#include <functional>
#include <set>

#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

std::string VM::source_line(StrObj* filename, int line) {
  auto it = sources.find(std::string(sv(filename)));
  if (it == sources.end() || line < 1 || size_t(line) > it->second.size())
    return "";
  const std::string& s = it->second[size_t(line - 1)];
  size_t b = s.find_first_not_of(" \t\f\r\n");
  if (b == std::string::npos)
    return "";
  size_t e = s.find_last_not_of(" \t\f\r\n");
  return s.substr(b, e - b + 1);
}

std::string VM::format_traceback(ExcObj* exc) {
  std::string out;
  std::set<ExcObj*> seen;
  std::function<void(ExcObj*)> emit = [&](ExcObj* x) {
    seen.insert(x);
    if (x->cause.is_obj() && x->cause.o->kind == Kind::Exception &&
        !seen.count(cast<ExcObj>(x->cause))) {
      emit(cast<ExcObj>(x->cause));
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (x->context.is_obj() && x->context.o->kind == Kind::Exception &&
               !x->suppress_context && !seen.count(cast<ExcObj>(x->context))) {
      emit(cast<ExcObj>(x->context));
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    if (!x->tb.empty()) {
      out += "Traceback (most recent call last):\n";
      for (size_t i = x->tb.size(); i-- > 0;) {
        const TbEntry& t = x->tb[i];
        out += strf("  File \"%s\", line %d, in %s\n", t.code->filename->data(), t.line,
                    t.code->name->data());
        std::string src = source_line(t.code->filename, t.line);
        if (!src.empty())
          out += "    " + src + "\n";
      }
    }
    out += exc_line(x) + exc_suggestion(x) + "\n";
  };
  emit(exc);
  return out;
}

} // namespace tulip::lang
