# Writes the Python source IN as a C++ string constant SYMBOL (namespace tulip::lang) into OUT.
file(READ ${IN} content)
string(FIND "${content}" ")PYSRC\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw string delimiter )PYSRC\"")
endif()
file(WRITE ${OUT} "// Generated from ${IN}: do not edit.\nnamespace tulip::lang {\nextern const char* const ${SYMBOL};\nconst char* const ${SYMBOL} = R\"PYSRC(${content})PYSRC\";\n}\n")
