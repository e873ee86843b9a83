/** A Teams user as the Bot Connector names them in an activity (`from`). */
export interface TestUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/** Where an activity takes place. */
export interface TestConversation {
  id: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
}

/** A user's personal chat with the bot. */
export const personalChat = (user: TestUser): TestConversation => ({
  id: `a:chat-${user.id}`,
  conversationType: 'personal',
});
