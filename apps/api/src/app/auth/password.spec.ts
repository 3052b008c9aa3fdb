import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Klimaschutz-2026!');
    expect(hash).not.toContain('Klimaschutz');
    await expect(verifyPassword('Klimaschutz-2026!', hash)).resolves.toBe(true);
    await expect(verifyPassword('klimaschutz-2026!', hash)).resolves.toBe(false);
  });

  it('salts every hash, so equal passwords do not give equal hashes', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    await expect(verifyPassword('x', 'plaintext')).resolves.toBe(false);
  });
});
