package com.disputecenter.carrier;

import org.springframework.data.jpa.repository.JpaRepository;

interface CarrierEventRepository extends JpaRepository<CarrierEvent, String> {
}
