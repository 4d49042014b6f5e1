// A join link as a QR code, for the tablets and laptops of the room.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';

export function SeatQr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const t = useT();
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(url, { margin: 1, width: 160 }).then((data) => {
      if (live) setSrc(data);
    });
    return () => {
      live = false;
    };
  }, [url]);
  return src ? (
    <img className="xseat__qr" src={src} alt={t('app.seat.qr-alt', { name: label })} />
  ) : null;
}
