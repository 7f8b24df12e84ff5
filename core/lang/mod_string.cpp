// The string module, written in Python (compiled when first imported).
#include "lang/modules.hpp"

namespace tulip::lang {

const char* const kStringSource = R"PYSRC(
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))
)PYSRC";

void init_string_module(ModuleObj* m) { run_source_module(m, kStringSource); }

} // namespace tulip::lang
