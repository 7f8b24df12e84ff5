// The page's network: a program's own servers and clients stay in the page (the in-process
// loopback), and every other host:port is reached through the bridge (web/bridge/README.md) as a
// WebSocket socket: ws://BRIDGE/connect?host=H&port=P. With the page's reverse mode on, the first
// server a run starts is also offered to the bridge (ws://BRIDGE/reverse?port=P), and each TCP
// client of the bridge's reverse port reaches that server as an accepted connection.
//
// The WebSockets live in JS (web/src/runtime/session.mjs, through the imports tulip_js_ws_* of
// wasm/library_tulip.js): JS queues what each one receives and keeps its state, and resolves the
// pending wait of the BrowserDriver when anything happens; the sockets here read that state
// through synchronous imports, so their readiness is always as it is now.
#pragma once

#include <string>
#include <vector>

#include "tulip/loopback.hpp"
#include "tulip/socket.hpp"

namespace tulip::wasm {

class WebNetwork final : public Network {
public:
  WebNetwork();
  std::vector<Address> resolve(const std::string& host, int port) override;
  // The page's own listener on a local address: loopback; anything else: the bridge.
  Ref<Socket> connect(const Address& to) override;
  std::vector<Ref<Socket>> listen(const std::string& host, int port, int backlog) override;
  // Hands the connections the bridge's reverse mode accepted to their in-page listeners.
  void poll(List<Socket>& watched) override;
  // Whether a WebSocket of the run (a connection, or the reverse registration) is connecting or
  // open: a message or a close may still come.
  bool can_wake() const override;

  // What poll does, for the driver before it waits: true if a connection went to a listener (then
  // the loop has work and must not wait).
  bool deliver_accepted();

private:
  LoopbackNetwork loopback_;
};

} // namespace tulip::wasm
