package org.ecrf.security.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

  List<UserAccount> all();

  Optional<UserAccount> byUsername(String username);

  /**
   * The account, locked for update until the end of the transaction (sign-in counting, concurrent
   * edits).
   */
  Optional<UserAccount> byUsernameForUpdate(String username);

  long count();

  void add(UserAccount account);
}
