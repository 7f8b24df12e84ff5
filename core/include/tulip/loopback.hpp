// The in-process loopback network: a program's own servers and clients on virtual ports, with
// TCP's behaviour on 127.0.0.1. A connect completes at the next poll; bytes wait in the
// receiver's buffer (a window of 256 KiB: a writer beyond it waits, as on a full socket); the
// peer sees EOF after close() or shutdown_write(), and a reset when a socket closes with bytes
// it never read. Nothing outside the program can reach it, so it never makes a loop wait.
#pragma once

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
  // Whether a server of this program listens on `port` (the browser sends the rest to the
  // bridge).
  bool listening_on(int port) const;

  struct Ports; // the listeners and the ports in use, shared with the sockets that outlive us

private:
  std::shared_ptr<Ports> ports_;
};

} // namespace tulip
