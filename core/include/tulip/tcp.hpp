// TCP on POSIX: non-blocking sockets, polled with poll(2). The native driver waits in poll()
// while some loop watches a socket, so a connection can wake the loop before its next timer.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tulip/socket.hpp"

namespace tulip {

class TcpNetwork : public Network {
public:
  TcpNetwork();
  ~TcpNetwork() override;
  std::vector<Address> resolve(const std::string& host, int port) override;
  Ref<Socket> connect(const Address& to) override;
  std::vector<Ref<Socket>> listen(const std::string& host, int port, int backlog) override;
  void poll(List<Socket>& watched) override;
  bool can_wake() const override;
  // Waits until `deadline_ns` on `now_ns`'s clock (kNoDeadline: for ever) or until a watched
  // socket is ready.
  void wait(std::int64_t deadline_ns, std::int64_t now_ns);

  struct Watched; // the sockets some loop watches, shared with the sockets

private:
  std::shared_ptr<Watched> watched_;
};

} // namespace tulip
