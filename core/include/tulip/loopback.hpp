// The in-process loopback network: a program's own servers and clients on virtual ports, with
// TCP's behaviour on 127.0.0.1. A connect completes at the next poll; bytes wait in the
// receiver's buffer (a window of 256 KiB: a writer beyond it waits, as on a full socket); the
// peer sees EOF after close() or shutdown_write(), and a reset when a socket closes with bytes
// it never read; a bound socket refuses connects until it listens (start_listening). Nothing
// outside the program can reach it (but for what the browser hands a listener: push_accepted),
// so it never makes a loop wait.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tulip/socket.hpp"

namespace tulip {

class LoopbackNetwork : public Network {
public:
  LoopbackNetwork();
  ~LoopbackNetwork() override;
  std::vector<Address> resolve(const std::string& host, int port) override;
  Ref<Socket> connect(const Address& to) override;
  std::vector<Ref<Socket>> listen(const std::string& host, int port, int backlog) override;
  // Whether a server of this program has bound `port`, listening or not yet (the browser sends
  // connects to other ports to the bridge).
  bool listening_on(int port) const;

  // `hook` is called with the port of each listener that starts listening (the browser offers the
  // first one of a run to the bridge's reverse mode).
  void on_listen(std::function<void(int port)> hook);
  // Hands a connection that came from elsewhere (the bridge's reverse mode) to the listener on
  // `port`: its server accepts it at its next poll. False (and nothing kept) when nothing listens
  // there or its backlog is full.
  bool push_accepted(int port, Ref<Socket> socket);

  struct Ports; // the listeners and the ports in use, shared with the sockets that outlive us

private:
  std::shared_ptr<Ports> ports_;
};

} // namespace tulip
