// Streams on the core: echo servers and clients over the loopback (virtual time) and TCP (the
// native driver), the reader's edge cases, flow control, and connection errors.
#include <doctest/doctest.h>

#include <cerrno>
#include <string>
#include <vector>

#include "tulip/tulip.hpp"

using namespace tulip;

namespace {

// An echo handler: every line back until EOF, then close.
Coro<void> echo(Ref<StreamReader> reader, Ref<StreamWriter> writer) {
  for (;;) {
    std::string line = co_await reader->readline();
    if (line.empty())
      break;
    writer->write(line);
    co_await writer->drain();
  }
  writer->close();
}

StreamReaderProtocol::ClientConnected echo_handler() {
  return [](Ref<StreamReader> r, Ref<StreamWriter> w) { create_task(echo(r, w)); };
}

Coro<std::vector<std::string>> echo_session(int clients) {
  Ref<Server> server = co_await start_server(echo_handler(), "127.0.0.1", 0);
  int port = server->sockets()[0]->sockname().port;
  std::vector<std::string> log;
  auto client = [&log, port](std::string name) -> Coro<void> {
    auto [reader, writer] = co_await open_connection("127.0.0.1", port);
    for (int i = 0; i < 3; ++i) {
      writer->write(name + "\n");
      std::string line = co_await reader->readline();
      log.push_back(line.substr(0, line.size() - 1) + " " + std::to_string(i));
    }
    writer->close();
    co_await writer->wait_closed();
  };
  std::vector<Task<void>> tasks;
  for (int i = 0; i < clients; ++i)
    tasks.push_back(create_task(client("c" + std::to_string(i))));
  co_await gather(std::move(tasks));
  server->close();
  co_await server->wait_closed();
  co_return log;
}

} // namespace

TEST_CASE("streams: echo with three clients over the loopback interleaves round by round") {
  Loop loop;
  std::vector<std::string> log = loop.run_until_complete(echo_session(3));
  CHECK(log == std::vector<std::string>{"c0 0", "c1 0", "c2 0", "c0 1", "c1 1", "c2 1", "c0 2",
                                        "c1 2", "c2 2"});
}

TEST_CASE("streams: echo over TCP on 127.0.0.1 gives what the loopback gives") {
  NativeDriver native;
  Loop loop(native);
  std::vector<std::string> log = loop.run_until_complete(echo_session(3));
  CHECK(log == std::vector<std::string>{"c0 0", "c1 0", "c2 0", "c0 1", "c1 1", "c2 1", "c0 2",
                                        "c1 2", "c2 2"});
}

TEST_CASE("streams: readexactly, readuntil and readline at EOF and over the limit") {
  Loop loop;
  auto main = []() -> Coro<void> {
    auto handler = [](Ref<StreamReader>, Ref<StreamWriter> w) {
      w->write("abc\nxyz--end--0123456789");
      w->close();
    };
    Ref<Server> server = co_await start_server(handler, "127.0.0.1", 0);
    int port = server->sockets()[0]->sockname().port;
    auto [r, w] = co_await open_connection("127.0.0.1", port, 8);
    CHECK(co_await r->readline() == "abc\n");
    CHECK(co_await r->readuntil("--end--") == "xyz--end--");
    bool overrun = false;
    try {
      co_await r->readuntil("!");
    } catch (const LimitOverrunError& e) {
      overrun = true;
      CHECK(std::string(e.what()) == "Separator is not found, and chunk exceed the limit");
      CHECK(e.consumed == 10);
    }
    CHECK(overrun);
    bool incomplete = false;
    try {
      co_await r->readexactly(20);
    } catch (const IncompleteReadError& e) {
      incomplete = true;
      CHECK(e.partial == "0123456789");
      CHECK(e.expected == 20u);
      CHECK(std::string(e.what()) == "10 bytes read on a total of 20 expected bytes");
    }
    CHECK(incomplete);
    CHECK(r->at_eof());
    CHECK(co_await r->read() == "");
    w->close();
    server->close();
  };
  loop.run_until_complete(main());
}

TEST_CASE("streams: drain waits while the peer does not read, and 5 MB arrive whole") {
  for (int native_tcp = 0; native_tcp < 2; ++native_tcp) {
    NativeDriver native;
    VirtualDriver virtual_time;
    Loop loop(native_tcp ? static_cast<Driver&>(native) : virtual_time);
    auto main = []() -> Coro<std::size_t> {
      std::size_t received = 0;
      auto handler = [&received](Ref<StreamReader> r, Ref<StreamWriter> w) {
        auto reader = [](Ref<StreamReader> r, Ref<StreamWriter> w,
                         std::size_t& total) -> Coro<void> {
          co_await sleep(0.05);
          total = (co_await r->read()).size();
          w->close();
        };
        create_task(reader(r, w, received));
      };
      Ref<Server> server = co_await start_server(handler, "127.0.0.1", 0);
      auto [r, w] = co_await open_connection("127.0.0.1", server->sockets()[0]->sockname().port);
      w->write(std::string(5 * 1024 * 1024, 'x'));
      CHECK(w->transport().get_write_buffer_size() > 0);
      co_await w->drain();
      w->write_eof();
      co_await r->read();
      w->close();
      co_await w->wait_closed();
      server->close();
      co_return received;
    };
    CHECK(loop.run_until_complete(main()) == 5u * 1024 * 1024);
  }
}

TEST_CASE("streams: a connection to a port nobody listens on is refused") {
  for (int native_tcp = 0; native_tcp < 2; ++native_tcp) {
    NativeDriver native;
    VirtualDriver virtual_time;
    Loop loop(native_tcp ? static_cast<Driver&>(native) : virtual_time);
    auto main = []() -> Coro<int> {
      Ref<Server> server = co_await start_server(echo_handler(), "127.0.0.1", 0);
      int port = server->sockets()[0]->sockname().port;
      server->close();
      try {
        co_await open_connection("127.0.0.1", port);
      } catch (const OSError& e) {
        CHECK(std::string(e.what()).starts_with("Connect call failed ('127.0.0.1', "));
        co_return e.code;
      }
      co_return 0;
    };
    CHECK(loop.run_until_complete(main()) == ECONNREFUSED);
  }
}
