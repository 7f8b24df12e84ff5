# sys.version_info comparisons (exact micro version is not printed).
import sys
print(sys.version_info >= (3, 11), sys.version_info < (4,), sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor, sys.version_info[0])
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
print(type(sys.version_info.micro).__name__, sys.version_info >= (3, 11, 0))
if sys.version_info >= (3, 10):
    print("match statements exist in this version (not used here)")
print(sys.version_info > (3, 9), sys.version_info == (3, 11) , tuple(sys.version_info[:2]))
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(hasattr(sys, "stdout"), hasattr(sys, "stderr"), hasattr(sys, "exit"))
