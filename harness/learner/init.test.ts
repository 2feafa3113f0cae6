/** How a player repository names the workspace it installs: pinned, and never with the remote's credentials. */
import { describe, expect, it } from 'vitest';
import { workspaceSpecOf } from './init.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('workspaceSpecOf', () => {
  it('pins a GitHub origin by owner/repo, whatever the URL carries', () => {
    expect(workspaceSpecOf('https://ci-bot:ghp_SECRET@github.com/team/kata.git', SHA)).toEqual({ spec: `github:team/kata#${SHA}`, source: 'https://github.com/team/kata', local: false });
    expect(workspaceSpecOf('git@github.com:team/kata.git', SHA).spec).toBe(`github:team/kata#${SHA}`);
  });
  it('drops a user and token from another https remote, and a password from an ssh one', () => {
    const https = workspaceSpecOf('https://learner:glpat-SECRET@gitlab.example.com/team/kata.git', SHA);
    expect(https).toEqual({ spec: `git+https://gitlab.example.com/team/kata.git#${SHA}`, source: 'https://gitlab.example.com/team/kata.git', local: false });
    const ssh = workspaceSpecOf('ssh://git:hunter2@git.example.com/team/kata.git', SHA);
    expect(ssh.spec).toBe(`git+ssh://git@git.example.com/team/kata.git#${SHA}`);
    expect(JSON.stringify([https, ssh])).not.toMatch(/SECRET|hunter2/);
    expect(workspaceSpecOf('git@gitlab.example.com:team/kata.git', SHA).spec).toBe(`git+ssh://git@gitlab.example.com/team/kata.git#${SHA}`);
  });
  it('falls back to this folder without a remote or a commit', () => {
    expect(workspaceSpecOf(null, SHA, '/w')).toEqual({ spec: 'file:/w', source: '/w', local: true });
    expect(workspaceSpecOf('https://gitlab.example.com/t/k.git', null, '/w').local).toBe(true);
  });
});
