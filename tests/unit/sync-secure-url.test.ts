import { expect, test } from 'vitest';
import { insecureUrlProblem } from '../../lib/sync/secure-url';

test('passwords go over https, or plain http only to this machine', () => {
  expect(insecureUrlProblem('https://couch.example.com')).toBeNull();
  expect(insecureUrlProblem('http://127.0.0.1:5984')).toBeNull();
  expect(insecureUrlProblem('http://localhost:5984/')).toBeNull();
  expect(insecureUrlProblem('http://[::1]:5984')).toBeNull();
  expect(insecureUrlProblem('http://couch.example.com')).toMatch(/not https/);
  expect(insecureUrlProblem('http://127.0.0.1.evil.example')).toMatch(/not https/);
  expect(insecureUrlProblem('ftp://localhost')).toMatch(/not https/);
  expect(insecureUrlProblem('couch.example.com')).toMatch(/not a URL/);
});
