export const fetchMessages = {
  en: {
    badUrl: 'Not an http(s) address: {url}',
    insecure: 'https is required (plain http only for localhost, 127.0.0.1 or [::1]): {url}',
    network: 'Could not download {url}: {detail}. The server must be reachable and allow cross-origin requests (CORS).',
    status: '{url} answered with HTTP status {status}; nothing was imported.',
    html: '{url} returned a web page (HTML), not a pack file. Use the address of the raw file.',
    tooLarge: '{url} is larger than {limit} bytes; nothing was imported.',
  },
  ja: {
    badUrl: 'http(s) のアドレスではありません: {url}',
    insecure: 'https が必要です（http は localhost・127.0.0.1・[::1] のみ）: {url}',
    network: '{url} をダウンロードできませんでした: {detail}。サーバーに接続でき、クロスオリジン要求（CORS）を許可している必要があります。',
    status: '{url} が HTTP ステータス {status} を返しました。何も取り込んでいません。',
    html: '{url} はパックではなくウェブページ（HTML）を返しました。ファイルそのもの（raw）のアドレスを指定してください。',
    tooLarge: '{url} は {limit} バイトを超えています。何も取り込んでいません。',
  },
};
