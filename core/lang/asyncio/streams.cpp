// asyncio streams: the core's StreamReader, StreamWriter (with its transport) and Server, for
// the Python layer's classes of the same names, which keep one of these as their `_core`.
#include "lang/asyncio/bridge.hpp"
#include "lang/asyncio/trace_recorder.hpp"
#include "lang/memory.hpp"
#include "lang/vm.hpp"

namespace tulip::lang::aio {

namespace {

struct ReaderObj : HostObj {
  Ref<StreamReader> reader;
  void trace(Heap&) override {}
};
struct WriterObj : HostObj {
  Ref<StreamWriter> writer;
  void trace(Heap&) override {}
};
struct ServerObj : HostObj {
  Ref<Server> server;
  void trace(Heap&) override {}
};

template <class O> O& host(const Value& v, TypeObj* t) {
  if (!is_kind(v, Kind::Host) || v.o->type != t)
    type_errorf("expected a %s core", t->name->data());
  return *static_cast<O*>(v.o);
}
StreamReader& R(const Value& v) { return *host<ReaderObj>(v, types().reader).reader; }
StreamWriter& W(const Value& v) { return *host<WriterObj>(v, types().writer).writer; }
Server& S(const Value& v) { return *host<ServerObj>(v, types().server).server; }

Value reader_value(Ref<StreamReader> r) {
  auto* o = vm().heap.alloc<ReaderObj>(types().reader, Kind::Host);
  o->reader = std::move(r);
  return V(o);
}
Value writer_value(Ref<StreamWriter> w) {
  auto* o = vm().heap.alloc<WriterObj>(types().writer, Kind::Host);
  o->writer = std::move(w);
  return V(o);
}

// bytes (the language has no bytearray or memoryview) or TypeError with CPython's message.
std::string_view data_of(const Value& v) {
  if (!is_kind(v, Kind::Bytes))
    type_errorf("data argument must be a bytes-like object, not '%s'", type_name(v));
  return cast<BytesObj>(v)->data;
}

Value address_value(const std::optional<Address>& a) {
  if (!a)
    return None();
  std::vector<Value> items{str_val(a->host), Int(a->port)};
  if (a->ipv6) {
    items.push_back(Int(0));
    items.push_back(Int(0));
  }
  return V(new_tuple(std::move(items)));
}

std::string host_of(const Value& v) { return v.is_none() ? std::string() : std::string(sv(v)); }

int port_of(const Value& v) { return v.is_none() ? 0 : int(as_index(v)); }

Held bytes_held(std::string s) { return Held(V(new_bytes(std::move(s)))); }

// ---- the coroutines a script awaits ----
Coro<Held> open_coro(std::string host, int port, std::size_t limit) {
  ReaderWriter rw = co_await open_connection(std::move(host), port, limit);
  Value r = reader_value(rw.first);
  Held keep(r);
  Value w = writer_value(rw.second);
  Held keep_w(w);
  co_return Held(V(new_tuple({r, w})));
}

Coro<Held> serve_coro(Loop& loop, ProtocolFactory factory, std::string host, int port,
                      int backlog, bool start) {
  Ref<Server> server = co_await create_server(loop, std::move(factory), std::move(host), port,
                                              backlog, start);
  auto* o = vm().heap.alloc<ServerObj>(types().server, Kind::Host);
  o->server = server;
  co_return Held(V(o));
}

Coro<Held> read_coro(Ref<StreamReader> r, int op, long long n, std::string sep) {
  std::string s;
  switch (op) {
  case 0:
    s = co_await r->read(n);
    break;
  case 1:
    s = co_await r->readline();
    break;
  case 2:
    s = co_await r->readexactly(n);
    break;
  default:
    s = co_await r->readuntil(std::move(sep));
    break;
  }
  static const char* const how[] = {"read", "readline", "readexactly", "readuntil"};
  if (TraceRecorder* recorder = active_trace_recorder())
    if (Transport* t = r->transport())
      recorder->stream_bytes(*t, false, s, how[op & 3]);
  co_return bytes_held(std::move(s));
}

Coro<Held> writer_coro(Ref<StreamWriter> w, bool drain) {
  if (drain)
    co_await w->drain();
  else
    co_await w->wait_closed();
  co_return Held(None());
}

Coro<Held> server_coro(Ref<Server> s, int op) {
  if (op == 0) {
    co_await s->serve_forever();
  } else if (op == 1) {
    co_await s->wait_closed();
  } else {
    s->start_serving();
    co_await sleep(0);
  }
  co_return Held(None());
}

} // namespace

// ---- open_connection, start_server ----------------------------------------------------------------
// open(host, port, limit): awaitable of (reader core, writer core).
NATIVE(stream_open) {
  UNUSED_NATIVE_ARGS;
  std::string host = host_of(a[0]);
  int port = port_of(a[1]);
  std::size_t limit = std::size_t(as_index(a[2]));
  return make_await(open_coro(host, port, limit), None(), "open_connection");
}

// serve(loop core, connected(reader core, writer core), host, port, limit, backlog, start):
// awaitable of a server core. `connected` runs in connection_made for each connection.
NATIVE(stream_serve) {
  UNUSED_NATIVE_ARGS;
  Loop& loop = *loop_of(a[0])->loop;
  Held connected(a[1]);
  std::string host = host_of(a[2]);
  int port = port_of(a[3]);
  std::size_t limit = std::size_t(as_index(a[4]));
  int backlog = int(as_index(a[5]));
  bool start = truthy(a[6]);
  Loop* l = &loop;
  StreamReaderProtocol::ClientConnected on_connect = [connected](Ref<StreamReader> r,
                                                                 Ref<StreamWriter> w) {
    from_core([&] {
      Value rv = reader_value(r);
      Held keep(rv);
      Value wv = writer_value(w);
      Held keep_w(wv);
      call2(connected.get(), rv, wv);
    });
  };
  ProtocolFactory factory = [l, on_connect, limit] {
    Ref<StreamReader> reader(new StreamReader(*l, limit));
    return Ref<Protocol>(new StreamReaderProtocol(*l, reader, on_connect));
  };
  return make_await(serve_coro(loop, factory, host, port, backlog, start), a[1], "start_server");
}

// ---- StreamReader -------------------------------------------------------------------------------
NATIVE(reader_new) {
  UNUSED_NATIVE_ARGS;
  Loop& loop = *loop_of(a[0])->loop;
  auto limit = std::size_t(as_index(a[1]));
  return reader_value(Ref<StreamReader>(new StreamReader(loop, limit)));
}

// reader_read(core, op, n, separator): op 0 read(n), 1 readline(), 2 readexactly(n),
// 3 readuntil(separator).
NATIVE(reader_read) {
  UNUSED_NATIVE_ARGS;
  Ref<StreamReader> r(&R(a[0]));
  int op = int(as_index(a[1]));
  long long count = op == 0 || op == 2 ? as_index(a[2]) : 0;
  std::string sep;
  if (op == 3) {
    if (!is_kind(a[3], Kind::Bytes))
      type_errorf("argument should be integer or bytes-like object, not '%s'", type_name(a[3]));
    sep = cast<BytesObj>(a[3])->data;
  }
  static const char* const names[] = {"StreamReader.read", "StreamReader.readline",
                                      "StreamReader.readexactly", "StreamReader.readuntil"};
  return make_await(read_coro(r, op, count, sep), a[0], names[op & 3]);
}

NATIVE(reader_at_eof) {
  UNUSED_NATIVE_ARGS;
  return Bool(R(a[0]).at_eof());
}

NATIVE(reader_exception) {
  UNUSED_NATIVE_ARGS;
  std::exception_ptr e = R(a[0]).exception();
  return e ? V(to_python(e)) : None();
}

NATIVE(reader_set_exception) {
  UNUSED_NATIVE_ARGS;
  StreamReader& r = R(a[0]);
  r.set_exception(std::make_exception_ptr(ScriptError{Held(a[1])}));
  return None();
}

NATIVE(reader_feed_data) {
  UNUSED_NATIVE_ARGS;
  StreamReader& r = R(a[0]);
  if (r.eof())
    raise(T().AssertionError, "feed_data after feed_eof");
  r.feed_data(data_of(a[1]));
  return None();
}

NATIVE(reader_feed_eof) {
  UNUSED_NATIVE_ARGS;
  R(a[0]).feed_eof();
  return None();
}

// reader_state(core): (buffered bytes, eof, limit, waiting, paused, has transport).
NATIVE(reader_state) {
  UNUSED_NATIVE_ARGS;
  StreamReader& r = R(a[0]);
  return V(new_tuple({Int(int64_t(r.buffered())), Bool(r.eof()), Int(int64_t(r.limit())),
                      Bool(r.waiting()), Bool(r.paused()), Bool(r.transport() != nullptr)}));
}

// ---- StreamWriter and its transport ---------------------------------------------------------------
NATIVE(writer_write) {
  UNUSED_NATIVE_ARGS;
  StreamWriter& w = W(a[0]);
  std::string_view data = data_of(a[1]);
  if (TraceRecorder* recorder = active_trace_recorder())
    recorder->stream_bytes(w.transport(), true, data, "write");
  to_script([&] { w.write(data); });
  return None();
}

// writer_op(core, op): 0 write_eof, 1 close, 2 abort, 3 pause_reading, 4 resume_reading.
NATIVE(writer_op) {
  UNUSED_NATIVE_ARGS;
  Transport& t = W(a[0]).transport();
  switch (as_index(a[1])) {
  case 0:
    to_script([&] { t.write_eof(); });
    break;
  case 1:
    t.close();
    break;
  case 2:
    t.abort();
    break;
  case 3:
    t.pause_reading();
    break;
  default:
    t.resume_reading();
    break;
  }
  return None();
}

// writer_state(core): (is_closing, is_reading, write buffer size, low water, high water,
// connection id, kind).
NATIVE(writer_state) {
  UNUSED_NATIVE_ARGS;
  Transport& t = W(a[0]).transport();
  auto [low, high] = t.get_write_buffer_limits();
  return V(new_tuple({Bool(t.is_closing()), Bool(t.is_reading()),
                      Int(int64_t(t.get_write_buffer_size())), Int(int64_t(low)),
                      Int(int64_t(high)), Int(int64_t(t.id())), str_val(t.kind())}));
}

// writer_names(core): (peername, sockname).
NATIVE(writer_names) {
  UNUSED_NATIVE_ARGS;
  Transport& t = W(a[0]).transport();
  return V(new_tuple({address_value(t.peername()), address_value(t.sockname())}));
}

NATIVE(writer_set_limits) {
  UNUSED_NATIVE_ARGS;
  Transport& t = W(a[0]).transport();
  std::optional<long long> high, low;
  if (!a[1].is_none())
    high = as_index(a[1]);
  if (!a[2].is_none())
    low = as_index(a[2]);
  to_script([&] { t.set_write_buffer_limits(high, low); });
  return None();
}

// writer_wait(core, drain): drain() when true, wait_closed() otherwise.
NATIVE(writer_wait) {
  UNUSED_NATIVE_ARGS;
  Ref<StreamWriter> w(&W(a[0]));
  bool drain = truthy(a[1]);
  return make_await(writer_coro(w, drain), a[0],
                    drain ? "StreamWriter.drain" : "StreamWriter.wait_closed");
}

// ---- Server -------------------------------------------------------------------------------------
// server_state(core): (serving, closed, serving_forever, [addresses of the listening sockets]).
NATIVE(server_state) {
  UNUSED_NATIVE_ARGS;
  Server& s = S(a[0]);
  std::vector<Value> names;
  for (const Ref<Socket>& socket : s.sockets())
    names.push_back(address_value(socket->sockname()));
  return V(new_tuple({Bool(s.is_serving()), Bool(s.closed()), Bool(s.serving_forever()),
                      V(new_list(std::move(names)))}));
}

NATIVE(server_close) {
  UNUSED_NATIVE_ARGS;
  S(a[0]).close();
  return None();
}

// server_wait(core, op): 0 serve_forever(), 1 wait_closed(), 2 start_serving().
NATIVE(server_wait) {
  UNUSED_NATIVE_ARGS;
  Ref<Server> s(&S(a[0]));
  int op = int(as_index(a[1]));
  static const char* const names[] = {"Server.serve_forever", "Server.wait_closed",
                                      "Server.start_serving"};
  return make_await(server_coro(s, op), a[0], names[op % 3]);
}

void init_streams(DictObj* module) {
  types().reader = host_type("StreamReaderCore", "_tulip");
  types().writer = host_type("StreamWriterCore", "_tulip");
  types().server = host_type("ServerCore", "_tulip");
  add_function(module, "stream_open", stream_open);
  add_function(module, "stream_serve", stream_serve);
  add_function(module, "reader_new", reader_new);
  add_function(module, "reader_read", reader_read);
  add_function(module, "reader_at_eof", reader_at_eof);
  add_function(module, "reader_exception", reader_exception);
  add_function(module, "reader_set_exception", reader_set_exception);
  add_function(module, "reader_feed_data", reader_feed_data);
  add_function(module, "reader_feed_eof", reader_feed_eof);
  add_function(module, "reader_state", reader_state);
  add_function(module, "writer_write", writer_write);
  add_function(module, "writer_op", writer_op);
  add_function(module, "writer_state", writer_state);
  add_function(module, "writer_names", writer_names);
  add_function(module, "writer_set_limits", writer_set_limits);
  add_function(module, "writer_wait", writer_wait);
  add_function(module, "server_state", server_state);
  add_function(module, "server_close", server_close);
  add_function(module, "server_wait", server_wait);
}

} // namespace tulip::lang::aio
